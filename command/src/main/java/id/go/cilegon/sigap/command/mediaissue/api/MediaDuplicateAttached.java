package id.go.cilegon.sigap.command.mediaissue.api;

import java.time.Instant;

/** Another publication of the same story joined this issue, with its outlet and reach. */
public record MediaDuplicateAttached(
        MediaIssueId mediaIssueId,
        MediaIssueId duplicateId,
        MediaIssueNumber duplicateNumber,
        MediaSource duplicateSource,
        Instant attachedAt) implements MediaIssueEvent {
}

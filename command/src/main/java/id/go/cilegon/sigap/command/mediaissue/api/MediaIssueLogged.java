package id.go.cilegon.sigap.command.mediaissue.api;

import id.go.cilegon.sigap.command.shared.api.OfficerId;
import id.go.cilegon.sigap.command.shared.api.calendar.Deadline;
import java.time.Instant;

/** A media issue entered the register; its triage is due by {@code triageDeadline}. */
public record MediaIssueLogged(
        MediaIssueId mediaIssueId,
        MediaIssueNumber number,
        MediaSource source,
        IssueOrigin origin,
        String feed,
        OfficerId loggedBy,
        Instant detectedAt,
        Deadline triageDeadline) implements MediaIssueEvent {
}

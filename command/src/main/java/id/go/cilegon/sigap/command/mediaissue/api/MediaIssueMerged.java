package id.go.cilegon.sigap.command.mediaissue.api;

import id.go.cilegon.sigap.command.shared.api.OfficerId;
import java.time.Instant;

/** The duplicate closed, pointing at the issue that carries on. */
public record MediaIssueMerged(
        MediaIssueId mediaIssueId,
        MediaIssueId originalId,
        MediaIssueNumber originalNumber,
        OfficerId mergedBy,
        Instant mergedAt) implements MediaIssueEvent {
}

package id.go.cilegon.sigap.command.mediaissue.api;

import id.go.cilegon.sigap.command.shared.api.OfficerId;
import java.time.Instant;

/** Version {@code version} goes back to its drafter with {@code reason}. */
public record MediaResponseRejected(
        MediaIssueId mediaIssueId,
        int version,
        String reason,
        OfficerId rejectedBy,
        Instant rejectedAt) implements MediaIssueEvent {
}

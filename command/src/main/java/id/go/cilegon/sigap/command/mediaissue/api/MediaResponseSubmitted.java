package id.go.cilegon.sigap.command.mediaissue.api;

import id.go.cilegon.sigap.command.shared.api.OfficerId;
import java.time.Instant;

/** Version {@code version} waits for approval. */
public record MediaResponseSubmitted(
        MediaIssueId mediaIssueId,
        int version,
        OfficerId submittedBy,
        Instant submittedAt) implements MediaIssueEvent {
}

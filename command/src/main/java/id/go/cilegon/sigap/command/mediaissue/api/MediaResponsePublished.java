package id.go.cilegon.sigap.command.mediaissue.api;

import id.go.cilegon.sigap.command.shared.api.OfficerId;
import java.time.Instant;

/** The approved version went out; {@code late} when after the response deadline. */
public record MediaResponsePublished(
        MediaIssueId mediaIssueId,
        int version,
        String where,
        Instant publishedAt,
        String link,
        OfficerId recordedBy,
        Instant recordedAt,
        boolean late) implements MediaIssueEvent {
}

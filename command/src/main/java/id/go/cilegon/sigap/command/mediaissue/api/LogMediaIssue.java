package id.go.cilegon.sigap.command.mediaissue.api;

import id.go.cilegon.sigap.command.shared.api.OfficerId;
import java.time.Instant;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Log a media issue; the register number is issued by {@code MediaIssueLogging}. An issue with an address takes
 * {@link MediaIssueId#forUrl}, so logging the same article twice is refused by the store.
 *
 * @param feed       the configured feed's name for {@link IssueOrigin#UMPAN_BERITA}, otherwise {@code null}
 * @param loggedBy   the officer, or {@code null} for a feed
 * @param detectedAt when Sigap learned of it; the triage clock runs from here
 */
public record LogMediaIssue(
        @TargetAggregateIdentifier MediaIssueId mediaIssueId,
        MediaSource source,
        IssueOrigin origin,
        String feed,
        OfficerId loggedBy,
        Instant detectedAt) {

    public LogMediaIssue {
        Objects.requireNonNull(mediaIssueId, "mediaIssueId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(detectedAt, "detectedAt");
        if (source.title() == null || source.title().isBlank() || source.outlet() == null
                || source.outlet().isBlank() || source.kind() == null || source.publishedAt() == null) {
            throw new IllegalArgumentException("A media issue has a kind, an outlet, a title and a publication time");
        }
    }
}

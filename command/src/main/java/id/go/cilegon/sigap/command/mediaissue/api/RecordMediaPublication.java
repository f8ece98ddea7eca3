package id.go.cilegon.sigap.command.mediaissue.api;

import id.go.cilegon.sigap.command.shared.api.OfficerId;
import java.time.Instant;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The approved response went out.
 *
 * @param where       where it was published or to whom it was delivered (the outlet, the city's site, the Wali Kota)
 * @param publishedAt when
 * @param link        the published response, or {@code null}
 */
public record RecordMediaPublication(
        @TargetAggregateIdentifier MediaIssueId mediaIssueId,
        String where,
        Instant publishedAt,
        String link,
        OfficerId recordedBy) {

    public RecordMediaPublication {
        Objects.requireNonNull(mediaIssueId, "mediaIssueId");
        Objects.requireNonNull(publishedAt, "publishedAt");
        Objects.requireNonNull(recordedBy, "recordedBy");
        if (where == null || where.isBlank()) {
            throw new IllegalArgumentException("A publication says where");
        }
    }
}

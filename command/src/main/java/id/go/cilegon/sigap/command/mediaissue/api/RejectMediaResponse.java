package id.go.cilegon.sigap.command.mediaissue.api;

import id.go.cilegon.sigap.command.shared.api.OfficerId;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Send the response back for revision, saying what to change. */
public record RejectMediaResponse(
        @TargetAggregateIdentifier MediaIssueId mediaIssueId,
        String reason,
        OfficerId rejectedBy) {

    public RejectMediaResponse {
        Objects.requireNonNull(mediaIssueId, "mediaIssueId");
        Objects.requireNonNull(rejectedBy, "rejectedBy");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A rejection says what to change");
        }
    }
}

package id.go.cilegon.sigap.command.mediaissue.api;

import id.go.cilegon.sigap.command.shared.api.OfficerId;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Approve the response waiting for approval; {@code note} may be {@code null}. */
public record ApproveMediaResponse(
        @TargetAggregateIdentifier MediaIssueId mediaIssueId,
        String note,
        OfficerId approvedBy) {

    public ApproveMediaResponse {
        Objects.requireNonNull(mediaIssueId, "mediaIssueId");
        Objects.requireNonNull(approvedBy, "approvedBy");
    }
}

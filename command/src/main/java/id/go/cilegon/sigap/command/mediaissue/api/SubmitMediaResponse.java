package id.go.cilegon.sigap.command.mediaissue.api;

import id.go.cilegon.sigap.command.shared.api.OfficerId;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Send the latest draft for approval. */
public record SubmitMediaResponse(@TargetAggregateIdentifier MediaIssueId mediaIssueId, OfficerId submittedBy) {

    public SubmitMediaResponse {
        Objects.requireNonNull(mediaIssueId, "mediaIssueId");
        Objects.requireNonNull(submittedBy, "submittedBy");
    }
}

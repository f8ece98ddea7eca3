package id.go.cilegon.sigap.command.informationrequest.api;

import id.go.cilegon.sigap.command.shared.api.OfficerId;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Takes a released file back, e.g. the wrong file or one whose blacking out was missed: the requester can no longer
 * download it, and the reason is kept.
 */
public record WithdrawReleasedDocument(
        @TargetAggregateIdentifier InformationRequestId requestId,
        String documentId,
        String reason,
        OfficerId withdrawnBy) {

    public WithdrawReleasedDocument {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(withdrawnBy, "withdrawnBy");
    }
}

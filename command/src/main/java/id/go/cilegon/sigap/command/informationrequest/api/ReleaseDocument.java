package id.go.cilegon.sigap.command.informationrequest.api;

import id.go.cilegon.sigap.command.shared.api.OfficerId;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Puts a file of the granted information where the requester downloads it (UU KIP Pasal 22(7)(d), softcopy). */
public record ReleaseDocument(
        @TargetAggregateIdentifier InformationRequestId requestId,
        ReleasedDocument document,
        OfficerId releasedBy) {

    public ReleaseDocument {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(releasedBy, "releasedBy");
    }
}

package id.go.cilegon.sigap.command.informationrequest.api;

import id.go.cilegon.sigap.command.shared.api.OfficerId;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The PPID closes a request that needs nothing more. Closing a closed request again changes nothing. */
public record CloseInformationRequest(
        @TargetAggregateIdentifier InformationRequestId requestId,
        OfficerId closedBy) {

    public CloseInformationRequest {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(closedBy, "closedBy");
    }
}

package id.go.cilegon.sigap.command.informationrequest.api;

import id.go.cilegon.sigap.command.shared.api.OfficerId;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The PPID or a supervisor puts the case before the Atasan PPID, saying why. */
public record EscalateInformationRequest(
        @TargetAggregateIdentifier InformationRequestId requestId,
        String reason,
        OfficerId escalatedBy) {

    public EscalateInformationRequest {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(escalatedBy, "escalatedBy");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("An escalation says why");
        }
    }
}

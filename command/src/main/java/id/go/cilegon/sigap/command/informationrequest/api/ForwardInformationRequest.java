package id.go.cilegon.sigap.command.informationrequest.api;

import id.go.cilegon.sigap.command.shared.api.OfficerId;
import id.go.cilegon.sigap.command.shared.api.UnitId;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The PPID (Utama) forwards the request to the PPID Pelaksana of the unit that holds the information. The PPID
 * keeps the statutory clock and sends the notice; the unit supplies its input. Forwarding again to another unit
 * replaces the first, e.g. when the first was the wrong one.
 *
 * @param instruction what the unit is asked to provide; may be {@code null}
 */
public record ForwardInformationRequest(
        @TargetAggregateIdentifier InformationRequestId requestId,
        UnitId unit,
        String instruction,
        OfficerId forwardedBy) {

    public ForwardInformationRequest {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(forwardedBy, "forwardedBy");
    }
}

package id.go.cilegon.sigap.command.informationrequest.api;

import id.go.cilegon.sigap.command.shared.api.OfficerId;
import id.go.cilegon.sigap.command.shared.api.UnitId;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * An officer of the PPID Pelaksana records the unit's answer or input on a forwarded request, for the PPID to
 * build the notice on.
 *
 * @param unit the unit the officer acts for; it must be the unit the request was forwarded to
 */
public record RecordUnitInput(
        @TargetAggregateIdentifier InformationRequestId requestId,
        UnitId unit,
        String input,
        OfficerId recordedBy) {

    public RecordUnitInput {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(recordedBy, "recordedBy");
        if (input == null || input.isBlank()) {
            throw new IllegalArgumentException("A unit's input cannot be empty");
        }
    }
}

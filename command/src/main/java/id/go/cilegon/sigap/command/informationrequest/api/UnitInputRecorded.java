package id.go.cilegon.sigap.command.informationrequest.api;

import id.go.cilegon.sigap.command.shared.api.OfficerId;
import id.go.cilegon.sigap.command.shared.api.UnitId;
import java.time.Instant;

/** The PPID Pelaksana of the unit the request was forwarded to gave its answer or input. */
public record UnitInputRecorded(
        InformationRequestId requestId,
        UnitId unit,
        String input,
        OfficerId recordedBy,
        Instant recordedAt) implements InformationRequestEvent {
}

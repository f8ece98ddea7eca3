package id.go.cilegon.sigap.command.informationrequest.api;

import id.go.cilegon.sigap.command.shared.api.OfficerId;
import id.go.cilegon.sigap.command.shared.api.UnitId;
import java.time.Instant;

/** The request went to a unit's PPID Pelaksana; from now on only that unit may record input on it. */
public record InformationRequestForwarded(
        InformationRequestId requestId,
        UnitId unit,
        String instruction,
        OfficerId forwardedBy,
        Instant forwardedAt) implements InformationRequestEvent {
}

package id.go.cilegon.sigap.command.informationrequest.api;

import id.go.cilegon.sigap.command.shared.api.OfficerId;
import java.time.Instant;
import java.time.LocalDate;

/** The sengketa reached its next stage at the KI or in court, with what was decided. */
public record DisputeStageRecorded(
        InformationRequestId requestId,
        DisputeStage stage,
        LocalDate reachedOn,
        String outcome,
        OfficerId recordedBy,
        Instant recordedAt) implements InformationRequestEvent {
}

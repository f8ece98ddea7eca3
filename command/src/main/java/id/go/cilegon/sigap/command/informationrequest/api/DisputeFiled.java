package id.go.cilegon.sigap.command.informationrequest.api;

import id.go.cilegon.sigap.command.shared.api.OfficerId;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The latest keberatan went to the Komisi Informasi as a sengketa; its stage is {@link DisputeStage#DIDAFTARKAN_KI}
 * from {@code filedOn}.
 */
public record DisputeFiled(
        InformationRequestId requestId,
        ObjectionNumber objectionNumber,
        String commission,
        String caseNumber,
        LocalDate filedOn,
        OfficerId recordedBy,
        Instant recordedAt) implements InformationRequestEvent {
}

package id.go.cilegon.sigap.command.informationlist.api;

import id.go.cilegon.sigap.command.shared.api.OfficerId;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Open exempt information before its period ends: a new consequence test found it may be opened, or the Atasan PPID,
 * the Komisi Informasi or a court decided so.
 */
public record LiftExemption(
        @TargetAggregateIdentifier ListedInformationId listedInformationId,
        String reason,
        OfficerId liftedBy) {

    public LiftExemption {
        Objects.requireNonNull(listedInformationId, "listedInformationId");
        Objects.requireNonNull(liftedBy, "liftedBy");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Lifting an exemption says why");
        }
    }
}

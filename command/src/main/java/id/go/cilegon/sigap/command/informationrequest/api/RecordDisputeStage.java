package id.go.cilegon.sigap.command.informationrequest.api;

import id.go.cilegon.sigap.command.shared.api.OfficerId;
import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * An officer records the next stage the sengketa reached at the KI or in court.
 *
 * @param reachedOn the date of the hearing, decision or execution
 * @param outcome   what was decided or agreed, in the KI's or court's words; may be {@code null} for a stage that
 *                  decides nothing, such as the start of mediation
 */
public record RecordDisputeStage(
        @TargetAggregateIdentifier InformationRequestId requestId,
        DisputeStage stage,
        LocalDate reachedOn,
        String outcome,
        OfficerId recordedBy) {

    public RecordDisputeStage {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(reachedOn, "reachedOn");
        Objects.requireNonNull(recordedBy, "recordedBy");
    }
}

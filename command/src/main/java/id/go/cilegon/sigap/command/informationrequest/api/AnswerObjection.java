package id.go.cilegon.sigap.command.informationrequest.api;

import id.go.cilegon.sigap.command.shared.api.OfficerId;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The Atasan PPID answers the open keberatan in writing (UU KIP Pasal 36(2)).
 *
 * @param reasons the written reasons; required when the objection is rejected, may be {@code null} otherwise
 */
public record AnswerObjection(
        @TargetAggregateIdentifier InformationRequestId requestId,
        ObjectionOutcome outcome,
        String reasons,
        OfficerId answeredBy) {

    public AnswerObjection {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(answeredBy, "answeredBy");
    }
}

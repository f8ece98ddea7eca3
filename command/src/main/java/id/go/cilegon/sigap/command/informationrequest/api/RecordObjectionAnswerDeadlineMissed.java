package id.go.cilegon.sigap.command.informationrequest.api;

import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Sent by the deadline scheduler after the Atasan's answer due date: if the open keberatan was not answered, the
 * breach goes into the case file. Safe to send again; the breach is recorded once.
 */
public record RecordObjectionAnswerDeadlineMissed(@TargetAggregateIdentifier InformationRequestId requestId) {

    public RecordObjectionAnswerDeadlineMissed {
        Objects.requireNonNull(requestId, "requestId");
    }
}

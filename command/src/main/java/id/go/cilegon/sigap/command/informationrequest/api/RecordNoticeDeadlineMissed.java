package id.go.cilegon.sigap.command.informationrequest.api;

import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Sent by the deadline scheduler after a request's notice due date: if no notice was sent, the breach goes into
 * the case file. Safe to send again; the breach is recorded once.
 */
public record RecordNoticeDeadlineMissed(@TargetAggregateIdentifier InformationRequestId requestId) {

    public RecordNoticeDeadlineMissed {
        Objects.requireNonNull(requestId, "requestId");
    }
}

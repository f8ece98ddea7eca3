package id.go.cilegon.sigap.command.informationrequest;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestId;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestRegistered;
import id.go.cilegon.sigap.command.informationrequest.api.RegisterInformationRequest;
import id.go.cilegon.sigap.command.informationrequest.api.RegistrationNumber;
import id.go.cilegon.sigap.command.shared.api.calendar.Deadline;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A request for public information under UU 14/2008, from receipt to its close. The PPID owns the statutory
 * clock: the written notice (<i>pemberitahuan tertulis</i>) is due 10 hari kerja after receipt (Pasal 22(7)).
 * Registration happens in {@link InformationRequestRegistration}, which issues the number first.
 */
@Aggregate(snapshotTriggerDefinition = "informationRequestSnapshotTrigger")
public class InformationRequest {

    @AggregateIdentifier
    private InformationRequestId requestId;

    protected InformationRequest() {
        // Axon rebuilds the aggregate from an empty instance and its events.
    }

    InformationRequest(RegisterInformationRequest command, RegistrationNumber number, Deadline noticeDeadline) {
        apply(new InformationRequestRegistered(
                command.requestId(),
                number,
                command.channel(),
                command.receivedAt(),
                command.requester(),
                command.informationRequested(),
                command.purpose(),
                command.obtainMethod(),
                command.deliveryMethod(),
                command.trackingCodeHash(),
                noticeDeadline));
    }

    @EventSourcingHandler
    void on(InformationRequestRegistered event) {
        requestId = event.requestId();
    }
}

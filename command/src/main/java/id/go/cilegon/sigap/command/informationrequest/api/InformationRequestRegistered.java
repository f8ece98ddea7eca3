package id.go.cilegon.sigap.command.informationrequest.api;

import id.go.cilegon.sigap.command.shared.api.Channel;
import id.go.cilegon.sigap.command.shared.api.calendar.Deadline;
import id.go.cilegon.sigap.command.shared.api.personaldata.PersonalData;
import java.time.Instant;

/**
 * A request was received and given its registration number. Starts the 10 hari kerja clock for the
 * <i>pemberitahuan tertulis</i>; {@code noticeDeadline} carries the due date with its explanation, so the
 * date a citizen was promised never moves when the calendar data is revised later.
 */
public record InformationRequestRegistered(
        InformationRequestId requestId,
        RegistrationNumber registrationNumber,
        Channel channel,
        Instant receivedAt,
        PersonalData<Requester> requester,
        String informationRequested,
        String purpose,
        ObtainMethod obtainMethod,
        DeliveryMethod deliveryMethod,
        String trackingCodeHash,
        Deadline noticeDeadline) implements InformationRequestEvent {
}

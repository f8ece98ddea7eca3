package id.go.cilegon.sigap.command.informationrequest.api;

import id.go.cilegon.sigap.command.shared.api.Channel;
import id.go.cilegon.sigap.command.shared.api.calendar.Deadline;
import id.go.cilegon.sigap.command.shared.api.personaldata.PersonalData;
import java.time.Instant;

/**
 * A request was received and given its registration number. Starts the 10 hari kerja clock for the
 * <i>pemberitahuan tertulis</i>; {@code noticeDeadline} carries the due date with its explanation, so the
 * date a citizen was promised never moves when the calendar data is revised later.
 *
 * @param proxy the <i>kuasa</i> who filed for the requester, or {@code null}; events stored before proxies were
 *              recorded read back with {@code null}
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
        Deadline noticeDeadline,
        PersonalData<Proxy> proxy) implements InformationRequestEvent {
}

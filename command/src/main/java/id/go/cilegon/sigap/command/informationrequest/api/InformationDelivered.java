package id.go.cilegon.sigap.command.informationrequest.api;

import id.go.cilegon.sigap.command.shared.api.OfficerId;
import id.go.cilegon.sigap.command.shared.api.personaldata.PersonalData;
import java.time.Instant;

/**
 * Granted information was handed over; this is the <i>tanda bukti penyerahan</i>.
 *
 * @param deliveredAt when it was handed over, as the receipt says
 * @param recordedAt  when the officer recorded it in Sigap
 */
public record InformationDelivered(
        InformationRequestId requestId,
        Instant deliveredAt,
        DeliveryMethod method,
        PersonalData<Recipient> receivedBy,
        OfficerId recordedBy,
        Instant recordedAt) implements InformationRequestEvent {
}

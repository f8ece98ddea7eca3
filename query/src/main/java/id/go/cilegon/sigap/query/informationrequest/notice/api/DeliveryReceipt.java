package id.go.cilegon.sigap.query.informationrequest.notice.api;

import id.go.cilegon.sigap.command.informationrequest.api.DeliveryMethod;
import java.time.Instant;

/**
 * The <i>tanda bukti penyerahan</i>: the information was handed over, when, how and to whom.
 *
 * @param recipientName         as the receipt names them; {@code null} once erased
 * @param recipientRelationship e.g. {@code pemohon}, {@code kuasa}, {@code kurir}; {@code null} once erased
 * @param recordedBy            the officer's user name
 */
public record DeliveryReceipt(
        Instant deliveredAt,
        DeliveryMethod method,
        String recipientName,
        String recipientRelationship,
        String recordedBy,
        Instant recordedAt) {
}

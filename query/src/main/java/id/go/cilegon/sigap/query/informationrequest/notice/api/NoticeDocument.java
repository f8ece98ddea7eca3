package id.go.cilegon.sigap.query.informationrequest.notice.api;

import java.time.Instant;

/**
 * Everything the printed <i>pemberitahuan tertulis</i> and the <i>tanda bukti penyerahan</i> of one request say.
 * Holds the requester's name and address because the letter is addressed to them: show it to officers and to the
 * requester (who proves it with the tracking code), never on a public list.
 *
 * @param requesterName    {@code null} once the requester's personal data was erased
 * @param requesterAddress {@code null} once the requester's personal data was erased
 * @param proxyName        the kuasa who filed for the requester; {@code null} when none or erased
 * @param notice           the notice as sent, or {@code null} before it is sent
 * @param delivery         the latest hand-over of the information, or {@code null} before any
 */
public record NoticeDocument(
        String requestId,
        String registrationNumber,
        Instant receivedAt,
        String requesterName,
        String requesterAddress,
        String proxyName,
        String informationRequested,
        SentNotice notice,
        DeliveryReceipt delivery) {
}

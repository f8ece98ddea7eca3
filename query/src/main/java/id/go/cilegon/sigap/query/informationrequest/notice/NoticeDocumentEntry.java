package id.go.cilegon.sigap.query.informationrequest.notice;

import id.go.cilegon.sigap.query.informationrequest.notice.api.DeliveryReceipt;
import id.go.cilegon.sigap.query.informationrequest.notice.api.NoticeDocument;
import id.go.cilegon.sigap.query.informationrequest.notice.api.SentNotice;
import java.time.Instant;
import org.bson.codecs.pojo.annotations.BsonId;

/**
 * One request's document data, keyed by request id. Each event sets its own fields, so the fields of an event not
 * yet seen are absent ({@code null}); no component is primitive for that reason.
 */
public record NoticeDocumentEntry(
        @BsonId String requestId,
        String registrationNumber,
        Instant receivedAt,
        String requesterName,
        String requesterAddress,
        String proxyName,
        String informationRequested,
        SentNotice notice,
        DeliveryReceipt delivery) {

    NoticeDocument toView() {
        return new NoticeDocument(requestId, registrationNumber, receivedAt, requesterName, requesterAddress,
                proxyName, informationRequested, notice, delivery);
    }
}

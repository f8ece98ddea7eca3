package id.go.cilegon.sigap.query.informationrequest;

import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestStatus;
import id.go.cilegon.sigap.command.shared.api.Channel;
import id.go.cilegon.sigap.query.informationrequest.api.OpenRequest;
import java.time.Instant;
import java.time.LocalDate;
import org.bson.codecs.pojo.annotations.BsonId;

/**
 * A request in the officers' queue. Only open requests live in this collection (a closed one is removed), so
 * listing it stays cheap however many requests the city has had.
 */
public record OpenRequestDocument(
        @BsonId String requestId,
        String registrationNumber,
        String requesterName,
        Channel channel,
        String informationRequested,
        Instant receivedAt,
        LocalDate noticeDue,
        InformationRequestStatus status,
        boolean noticeSent,
        boolean noticeDeadlineMissed,
        String unit) {

    OpenRequest toView() {
        return new OpenRequest(requestId, registrationNumber, requesterName, channel, informationRequested,
                receivedAt, noticeDue, status, noticeSent, noticeDeadlineMissed, unit);
    }
}

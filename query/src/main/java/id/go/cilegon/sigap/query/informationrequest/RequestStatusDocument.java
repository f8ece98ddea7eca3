package id.go.cilegon.sigap.query.informationrequest;

import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestStatus;
import id.go.cilegon.sigap.command.shared.api.Channel;
import id.go.cilegon.sigap.command.shared.api.calendar.Deadline;
import id.go.cilegon.sigap.query.informationrequest.api.RequestStatus;
import java.time.Instant;
import org.bson.codecs.pojo.annotations.BsonId;

/**
 * A request's public status, keyed by the hash of its tracking code so the status page is one lookup by
 * {@code _id} (the only kind of query the embedded store serves from an index).
 */
public record RequestStatusDocument(
        @BsonId String trackingCodeHash,
        String requestId,
        String registrationNumber,
        InformationRequestStatus status,
        Channel channel,
        Instant receivedAt,
        String informationRequested,
        Deadline noticeDeadline) {

    RequestStatus toView() {
        return new RequestStatus(requestId, registrationNumber, status, channel, receivedAt, informationRequested,
                noticeDeadline);
    }
}

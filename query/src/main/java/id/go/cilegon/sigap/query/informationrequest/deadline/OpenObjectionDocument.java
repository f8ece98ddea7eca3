package id.go.cilegon.sigap.query.informationrequest.deadline;

import id.go.cilegon.sigap.query.informationrequest.deadline.api.OpenObjection;
import java.time.LocalDate;
import org.bson.codecs.pojo.annotations.BsonId;

/** One open keberatan, keyed by its request: the aggregate allows one open keberatan per request at a time. */
public record OpenObjectionDocument(
        @BsonId String requestId,
        String objectionNumber,
        LocalDate answerDue,
        boolean answerDeadlineMissed) {

    OpenObjection toView() {
        return new OpenObjection(requestId, objectionNumber, answerDue, answerDeadlineMissed);
    }
}

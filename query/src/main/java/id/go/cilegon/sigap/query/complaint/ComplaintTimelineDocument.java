package id.go.cilegon.sigap.query.complaint;

import id.go.cilegon.sigap.query.complaint.api.TimelineEntry;
import java.time.Instant;
import java.util.Map;
import org.bson.codecs.pojo.annotations.BsonId;

/**
 * One timeline entry as stored, keyed {@code complaintId:sequence} so a redelivered event lands on itself.
 *
 * @param complainantVisible whether the complainant's status page shows it
 */
public record ComplaintTimelineDocument(
        @BsonId String id,
        String complaintId,
        long sequence,
        Instant at,
        String event,
        String actor,
        Map<String, String> details,
        boolean complainantVisible) {

    TimelineEntry toView() {
        return new TimelineEntry(event, at, actor, details);
    }
}

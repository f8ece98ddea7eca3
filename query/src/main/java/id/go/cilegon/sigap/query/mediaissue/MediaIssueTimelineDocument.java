package id.go.cilegon.sigap.query.mediaissue;

import id.go.cilegon.sigap.query.mediaissue.api.MediaIssueTimelineEntry;
import java.time.Instant;
import java.util.Map;
import org.bson.codecs.pojo.annotations.BsonId;

/** One timeline entry as stored, keyed {@code mediaIssueId:sequence} so a redelivered event lands on itself. */
public record MediaIssueTimelineDocument(
        @BsonId String id,
        String mediaIssueId,
        long sequence,
        Instant at,
        String event,
        String actor,
        Map<String, String> details) {

    MediaIssueTimelineEntry toView() {
        return new MediaIssueTimelineEntry(event, at, actor, details);
    }
}

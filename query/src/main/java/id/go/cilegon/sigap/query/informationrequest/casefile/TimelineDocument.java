package id.go.cilegon.sigap.query.informationrequest.casefile;

import id.go.cilegon.sigap.command.shared.api.Channel;
import id.go.cilegon.sigap.query.informationrequest.api.TimelineEntry;
import java.time.Instant;
import java.util.Map;
import org.bson.codecs.pojo.annotations.BsonId;

/** One timeline entry as stored, keyed {@code requestId:sequence} so a redelivered event lands on itself. */
public record TimelineDocument(
        @BsonId String id,
        String requestId,
        long sequence,
        Instant at,
        String event,
        String actor,
        Channel channel,
        Map<String, String> details,
        boolean visibleToRequester) {

    TimelineEntry toView() {
        return new TimelineEntry(requestId, sequence, at, event, actor, channel, details, visibleToRequester);
    }
}

package id.go.cilegon.sigap.infra.eventstore;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.bson.Document;

/**
 * The shape of an event (and snapshot) document. One document per event:
 * <pre>
 * { _id: 42,                         // global sequence number (events; the aggregate id for snapshots)
 *   streamKey: "agg-1/7",            // aggregateIdentifier + "/" + sequenceNumber, unique
 *   aggregateIdentifier: "agg-1", sequenceNumber: 7, type: "InformationRequest",
 *   eventIdentifier: "...", timestamp: "2026-03-16T03:00:00.123456789Z",
 *   payloadType: "...", payloadRevision: null, payload: "{...}", metaData: "{...}",
 *   appendedAt: 1773630000123 }      // writer's wall clock (epoch millis) when the number was allocated
 * </pre>
 * The timestamp is an ISO-8601 string with exactly nine fraction digits: it round-trips the nanoseconds of an
 * {@link Instant} and sorts as text in time order.
 */
final class EventDocuments {

    static final String ID = "_id";
    static final String STREAM_KEY = "streamKey";
    static final String AGGREGATE_IDENTIFIER = "aggregateIdentifier";
    static final String SEQUENCE_NUMBER = "sequenceNumber";
    static final String TYPE = "type";
    static final String EVENT_IDENTIFIER = "eventIdentifier";
    static final String TIMESTAMP = "timestamp";
    static final String PAYLOAD_TYPE = "payloadType";
    static final String PAYLOAD_REVISION = "payloadRevision";
    static final String PAYLOAD = "payload";
    static final String META_DATA = "metaData";
    static final String APPENDED_AT = "appendedAt";

    private static final DateTimeFormatter TIMESTAMP_FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);

    private EventDocuments() {
    }

    static String streamKey(String aggregateIdentifier, long sequenceNumber) {
        return aggregateIdentifier + "/" + sequenceNumber;
    }

    static String formatTimestamp(Instant instant) {
        return TIMESTAMP_FORMAT.format(instant);
    }

    /** The fields shared by event and snapshot documents; the caller sets {@code _id} (and event-only fields). */
    static Document toDocument(DomainEventMessage<?> event, Serializer serializer) {
        SerializedObject<String> payload = event.serializePayload(serializer, String.class);
        SerializedObject<String> metaData = event.serializeMetaData(serializer, String.class);
        Document document = new Document();
        document.put(STREAM_KEY, streamKey(event.getAggregateIdentifier(), event.getSequenceNumber()));
        document.put(AGGREGATE_IDENTIFIER, event.getAggregateIdentifier());
        document.put(SEQUENCE_NUMBER, event.getSequenceNumber());
        document.put(TYPE, event.getType());
        document.put(EVENT_IDENTIFIER, event.getIdentifier());
        document.put(TIMESTAMP, formatTimestamp(event.getTimestamp()));
        document.put(PAYLOAD_TYPE, payload.getType().getName());
        document.put(PAYLOAD_REVISION, payload.getType().getRevision());
        document.put(PAYLOAD, payload.getData());
        document.put(META_DATA, metaData.getData());
        return document;
    }

    static GenericDomainEventEntry<String> toEntry(Document document) {
        return new GenericDomainEventEntry<>(
                document.getString(TYPE),
                document.getString(AGGREGATE_IDENTIFIER),
                sequenceNumber(document),
                document.getString(EVENT_IDENTIFIER),
                document.getString(TIMESTAMP),
                document.getString(PAYLOAD_TYPE),
                document.getString(PAYLOAD_REVISION),
                document.getString(PAYLOAD),
                document.getString(META_DATA));
    }

    static long globalIndex(Document document) {
        return ((Number) document.get(ID)).longValue();
    }

    static long sequenceNumber(Document document) {
        return ((Number) document.get(SEQUENCE_NUMBER)).longValue();
    }

    static long appendedAt(Document document) {
        Object value = document.get(APPENDED_AT);
        return value == null ? Long.MAX_VALUE : ((Number) value).longValue();
    }
}

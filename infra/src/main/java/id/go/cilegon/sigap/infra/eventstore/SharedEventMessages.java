package id.go.cilegon.sigap.infra.eventstore;

import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;

/**
 * The events the processors' streams read lately, one message per event for all of them, so that an event's payload
 * is deserialized (and its personal data unsealed) once, by the first processor that handles it, instead of once by
 * each. While the processors follow the head of the store Axon's own cache shares the messages already; while they
 * catch up (a rebuild, a node that was down) each reads the history by itself, a little apart from the others, and
 * parsing the same event again in every processor cost a quarter of a rebuild's CPU (ADR 0030).
 *
 * <p>The messages of the {@code capacity} events read last are kept: the processors of a rebuild move in groups
 * (the few that handle little run ahead, the busy ones close together), and each group finds the events the first of
 * it read. None is handed over later than {@code maxAge} after it was first read, which is shorter than the keys' cache
 * ({@code SubjectKeyStore.CACHE_EXPIRY}): an erasure on another node reaches this one's shared messages no later
 * than its keys. An erasure on this node forgets them all at once ({@link #forgetAll}).
 */
final class SharedEventMessages {

    private final int capacity;
    private final long maxAgeMillis;
    private final Clock clock;
    /** In the order they were last read: the least recently read go first. */
    private final LinkedHashMap<String, Read> messages = new LinkedHashMap<>(16, 0.75f, true);

    /** A message as first read, and when. */
    private record Read(DomainEventMessage<?> message, long atMillis) {
    }

    SharedEventMessages(int capacity, Duration maxAge, Clock clock) {
        if (capacity <= 0) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        this.capacity = capacity;
        this.maxAgeMillis = maxAge.toMillis();
        this.clock = clock;
    }

    /**
     * The event {@code read} as the first stream to read it lately did, with {@code read}'s own token; an event read
     * for the first time is kept as it is.
     */
    TrackedEventMessage<?> share(TrackedEventMessage<?> read) {
        if (!(read instanceof DomainEventMessage<?> domainEvent)) {
            return read;
        }
        DomainEventMessage<?> first = firstRead(domainEvent);
        return first == domainEvent ? read : new GenericTrackedDomainEventMessage<>(read.trackingToken(), first);
    }

    private synchronized DomainEventMessage<?> firstRead(DomainEventMessage<?> read) {
        long now = clock.millis();
        Read kept = messages.get(read.getIdentifier());
        if (kept != null && now - kept.atMillis() <= maxAgeMillis) {
            return kept.message();
        }
        messages.put(read.getIdentifier(), new Read(read, now));
        Iterator<Read> leastRecent = messages.values().iterator();
        while (leastRecent.hasNext()) {
            Read eldest = leastRecent.next();
            if (messages.size() <= capacity && now - eldest.atMillis() <= maxAgeMillis) {
                break;
            }
            leastRecent.remove();
        }
        return read;
    }

    /** Forgets every message kept: after an erasure, no event is handed over as it read before. */
    synchronized void forgetAll() {
        messages.clear();
    }

    /** How many messages are kept; for tests. */
    synchronized int size() {
        return messages.size();
    }
}

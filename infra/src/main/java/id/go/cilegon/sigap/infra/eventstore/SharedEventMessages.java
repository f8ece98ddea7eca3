package id.go.cilegon.sigap.infra.eventstore;

import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
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
 * <p>The messages of the last {@code capacity} events first read are kept, none longer than {@code maxAge}, which is
 * shorter than the keys' cache ({@code SubjectKeyStore.CACHE_EXPIRY}): an erasure on another node reaches this one's
 * shared messages no later than its keys. An erasure on this node forgets them all at once ({@link #forgetAll}).
 * Once {@code capacity} are kept, an event before the oldest of them is handed over unshared: a stream that fell
 * behind the others must not push out the events they are about to read for its own, which none of them will.
 */
final class SharedEventMessages {

    private final int capacity;
    private final long maxAgeMillis;
    private final Clock clock;
    private final LinkedHashMap<String, Read> messages = new LinkedHashMap<>();

    /** A message as first read, where in the store and when. */
    private record Read(DomainEventMessage<?> message, long position, long atMillis) {
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
        DomainEventMessage<?> first = firstRead(domainEvent, read.trackingToken().position().orElse(0));
        return first == domainEvent ? read : new GenericTrackedDomainEventMessage<>(read.trackingToken(), first);
    }

    private synchronized DomainEventMessage<?> firstRead(DomainEventMessage<?> read, long position) {
        long now = clock.millis();
        dropExpired(now);
        Read kept = messages.get(read.getIdentifier());
        if (kept != null) {
            return kept.message();
        }
        if (messages.size() >= capacity) {
            Iterator<Map.Entry<String, Read>> oldest = messages.entrySet().iterator();
            if (position < oldest.next().getValue().position()) {
                return read;
            }
            oldest.remove();
        }
        messages.put(read.getIdentifier(), new Read(read, position, now));
        return read;
    }

    /** The oldest messages first: they are kept in the order they were first read. */
    private void dropExpired(long now) {
        Iterator<Map.Entry<String, Read>> oldest = messages.entrySet().iterator();
        while (oldest.hasNext() && now - oldest.next().getValue().atMillis() > maxAgeMillis) {
            oldest.remove();
        }
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

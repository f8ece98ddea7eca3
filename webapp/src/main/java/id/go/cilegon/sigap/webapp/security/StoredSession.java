package id.go.cilegon.sigap.webapp.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.session.Session;

/**
 * An officer's session as {@link StoredSessions} keeps it: its attributes, times and id, and what the store held when
 * it was read or last written, so that a request that changed nothing writes nothing.
 */
final class StoredSession implements Session {

    private final Clock clock;
    private final Instant created;
    private final Map<String, Object> attributes;
    private String id;
    private Instant lastUsed;
    private Duration maxIdle;
    /** What the store holds for this session; null until it is first written. */
    private Stored stored;

    /** The store's copy: the id it is kept under, its attributes as written, its last use and idle limit. */
    record Stored(String id, byte[] attributes, Instant lastUsed, Duration maxIdle) {
    }

    /** A session not yet in the store. */
    StoredSession(Clock clock, Duration maxIdle) {
        this(clock, newId(), clock.instant(), clock.instant(), maxIdle, new HashMap<>(), null);
    }

    /** A session as the store holds it. */
    StoredSession(Clock clock, String id, Instant created, Instant lastUsed, Duration maxIdle,
            Map<String, Object> attributes, Stored stored) {
        this.clock = clock;
        this.id = id;
        this.created = created;
        this.lastUsed = lastUsed;
        this.maxIdle = maxIdle;
        this.attributes = attributes;
        this.stored = stored;
    }

    private static String newId() {
        return UUID.randomUUID().toString();
    }

    Stored stored() {
        return stored;
    }

    void stored(Stored now) {
        this.stored = now;
    }

    Map<String, Object> attributes() {
        return attributes;
    }

    Instant expiresAt() {
        return lastUsed.plus(maxIdle);
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public String changeSessionId() {
        id = newId();
        return id;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T getAttribute(String attributeName) {
        return (T) attributes.get(attributeName);
    }

    @Override
    public Set<String> getAttributeNames() {
        return Set.copyOf(attributes.keySet());
    }

    @Override
    public void setAttribute(String attributeName, Object attributeValue) {
        if (attributeValue == null) {
            attributes.remove(attributeName);
        } else {
            attributes.put(attributeName, attributeValue);
        }
    }

    @Override
    public void removeAttribute(String attributeName) {
        attributes.remove(attributeName);
    }

    @Override
    public Instant getCreationTime() {
        return created;
    }

    @Override
    public void setLastAccessedTime(Instant lastAccessedTime) {
        this.lastUsed = lastAccessedTime;
    }

    @Override
    public Instant getLastAccessedTime() {
        return lastUsed;
    }

    @Override
    public void setMaxInactiveInterval(Duration interval) {
        this.maxIdle = interval;
    }

    @Override
    public Duration getMaxInactiveInterval() {
        return maxIdle;
    }

    @Override
    public boolean isExpired() {
        return !expiresAt().isAfter(clock.instant());
    }
}

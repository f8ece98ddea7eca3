package id.go.cilegon.sigap.webapp.security;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lte;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectOutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.bson.Document;
import org.bson.types.Binary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.ConfigurableObjectInputStream;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.ReactiveSessionRepository;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Officers' sessions in the store (ADR 0037), so that every node serves every officer: a node that stops, or is
 * restarted for an upgrade, logs nobody out. Spring Session's WebFlux session store runs them; this is where they
 * are kept. A session is written when it begins, when its attributes change (an officer's own request records the
 * time in it, {@link OfficerSessions}), when its id changes, and at most once a minute for a request that changed
 * nothing else; an invalidated session is deleted, and a later write of a request still under way does not bring it
 * back. Attributes are Java-serialized, and read back only as the classes of the JDK, Spring Security and Sigap.
 * Expired sessions are deleted when read and by a sweep every ten minutes.
 */
@Component
class StoredSessions implements ReactiveSessionRepository<StoredSession> {

    static final String COLLECTION = "officer_sessions";
    /** A write that only records a later use waits until the last one is this old. */
    private static final Duration USE_RECORDED_EVERY = Duration.ofMinutes(1);
    /** Before the login sets its own (ADR 0021): an unfinished OIDC login's session, for instance. */
    private static final Duration NEW_SESSION_IDLE = Duration.ofMinutes(30);
    /** The ids this store gives out; anything else in a cookie is no session of Sigap's and is not looked up. */
    private static final Pattern SESSION_ID = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final ObjectInputFilter ATTRIBUTE_CLASSES = ObjectInputFilter.Config.createFilter(
            "maxbytes=262144;maxdepth=32;maxrefs=20000;java.base/*;org.springframework.security.**;"
                    + "id.go.cilegon.sigap.**;!*");
    private static final Logger log = LoggerFactory.getLogger(StoredSessions.class);

    private final MongoCollection<Document> sessions;
    private final Clock clock;

    StoredSessions(MongoDatabase database, Clock clock) {
        this.sessions = database.getCollection(COLLECTION);
        this.clock = clock;
        sessions.createIndex(Indexes.ascending("expiresAt"));
    }

    @Override
    public Mono<StoredSession> createSession() {
        return Mono.fromSupplier(() -> new StoredSession(clock, NEW_SESSION_IDLE));
    }

    @Override
    public Mono<StoredSession> findById(String id) {
        if (id == null || !SESSION_ID.matcher(id).matches()) {
            return Mono.empty();
        }
        return Mono.fromCallable(() -> read(id)).subscribeOn(Schedulers.boundedElastic()).flatMap(Mono::justOrEmpty);
    }

    @Override
    public Mono<Void> save(StoredSession session) {
        return blocking(() -> write(session));
    }

    @Override
    public Mono<Void> deleteById(String id) {
        return blocking(() -> sessions.deleteOne(eq("_id", id)));
    }

    /** Deletes the sessions that ended without a logout: an officer who closed the browser, a login never finished. */
    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
    public void sweep() {
        long deleted = sessions.deleteMany(lte("expiresAt", Date.from(clock.instant()))).getDeletedCount();
        if (deleted > 0) {
            log.info("Deleted {} expired officer sessions", deleted);
        }
    }

    private Optional<StoredSession> read(String id) {
        Document found = sessions.find(eq("_id", id)).first();
        if (found == null) {
            return Optional.empty();
        }
        Instant lastUsed = found.getDate("lastUsed").toInstant();
        Duration maxIdle = Duration.ofSeconds(found.get("maxIdleSeconds", Number.class).longValue());
        byte[] stored = found.get("attributes", Binary.class).getData();
        Map<String, Object> attributes;
        try {
            attributes = attributes(stored);
        } catch (IOException | ClassNotFoundException | ClassCastException unreadable) {
            // Written by an older Sigap whose classes have since changed, or not by Sigap at all: the officer logs in
            // again, as after a logout.
            log.warn("An officer session could not be read and was deleted: {}", unreadable.toString());
            sessions.deleteOne(eq("_id", id));
            return Optional.empty();
        }
        StoredSession session = new StoredSession(clock, id, found.getDate("created").toInstant(), lastUsed, maxIdle,
                attributes, new StoredSession.Stored(id, stored, lastUsed, maxIdle));
        if (session.isExpired()) {
            sessions.deleteOne(eq("_id", id));
            return Optional.empty();
        }
        return Optional.of(session);
    }

    private void write(StoredSession session) {
        byte[] attributes = bytes(session.attributes());
        StoredSession.Stored before = session.stored();
        StoredSession.Stored after = new StoredSession.Stored(session.getId(), attributes,
                session.getLastAccessedTime(), session.getMaxInactiveInterval());
        Document document = new Document("_id", session.getId())
                .append("created", Date.from(session.getCreationTime()))
                .append("lastUsed", Date.from(after.lastUsed()))
                .append("maxIdleSeconds", after.maxIdle().toSeconds())
                .append("expiresAt", Date.from(session.expiresAt()))
                .append("attributes", new Binary(attributes));
        if (before == null) {
            sessions.insertOne(document);
        } else if (!before.id().equals(session.getId())) {
            // A new id for the same session (a login, a changed password): the old id must end with it. If it is
            // already gone, the session was invalidated meanwhile, and so it stays.
            if (sessions.deleteOne(eq("_id", before.id())).getDeletedCount() == 0) {
                return;
            }
            sessions.insertOne(document);
        } else if (unchanged(before, after)) {
            return;
        } else if (sessions.replaceOne(eq("_id", session.getId()), document).getMatchedCount() == 0) {
            // Invalidated by another request meanwhile: not brought back.
            return;
        }
        session.stored(after);
    }

    private static boolean unchanged(StoredSession.Stored before, StoredSession.Stored after) {
        return Arrays.equals(before.attributes(), after.attributes()) && before.maxIdle().equals(after.maxIdle())
                && after.lastUsed().isBefore(before.lastUsed().plus(USE_RECORDED_EVERY));
    }

    /** The attributes in name order, so that equal attributes give equal bytes. */
    private static byte[] bytes(Map<String, Object> attributes) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(new TreeMap<>(attributes));
        } catch (IOException notSerializable) {
            throw new IllegalStateException("A session attribute cannot be stored", notSerializable);
        }
        return bytes.toByteArray();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> attributes(byte[] stored) throws IOException, ClassNotFoundException {
        try (ConfigurableObjectInputStream in = new ConfigurableObjectInputStream(new ByteArrayInputStream(stored),
                StoredSessions.class.getClassLoader())) {
            in.setObjectInputFilter(ATTRIBUTE_CLASSES);
            return new HashMap<>((Map<String, Object>) in.readObject());
        }
    }

    private static Mono<Void> blocking(Runnable work) {
        return Mono.fromRunnable(work).subscribeOn(Schedulers.boundedElastic()).then();
    }
}

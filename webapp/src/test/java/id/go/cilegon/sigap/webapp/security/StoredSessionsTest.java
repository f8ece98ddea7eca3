package id.go.cilegon.sigap.webapp.security;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import id.go.cilegon.sigap.webapp.InMemoryStore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Officers' sessions in the embedded store through the real driver: what is written and when, ids that change,
 * sessions that end, and what a stored session may contain.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class StoredSessionsTest {

    private static final Instant NOW = Instant.parse("2026-11-24T02:00:00Z");

    @RegisterExtension
    static final InMemoryStore STORE = new InMemoryStore();


    private MongoDatabase database;
    private MongoCollection<Document> stored;
    /** The repository as a node sees it at {@link #now}; moving time on gives a node at the later moment. */
    private StoredSessions sessions;
    private Instant now = NOW;

    @BeforeEach
    void freshDatabase() {
        database = STORE.freshDatabase();
        sessions = new StoredSessions(database, Clock.fixed(now, ZoneOffset.UTC));
        stored = database.getCollection(StoredSessions.COLLECTION);
    }

    private StoredSession loggedIn(String username) {
        StoredSession session = sessions.createSession().block();
        session.setAttribute("SPRING_SECURITY_CONTEXT", new SecurityContextImpl(
                UsernamePasswordAuthenticationToken.authenticated(username, null,
                        List.of(new SimpleGrantedAuthority("ROLE_PETUGAS_PPID")))));
        session.setAttribute(OfficerSessions.SINCE, now);
        session.setMaxInactiveInterval(Duration.ofHours(12));
        sessions.save(session).block();
        return session;
    }

    private void pass(Duration time) {
        now = now.plus(time);
        sessions = new StoredSessions(database, Clock.fixed(now, ZoneOffset.UTC));
    }

    private StoredSession read(String id) {
        return sessions.findById(id).block();
    }

    private Document document(String id) {
        return stored.find(eq("_id", id)).first();
    }

    @Test
    void a_session_is_stored_only_when_saved_and_is_read_back_with_its_attributes_and_times() {
        StoredSession fresh = sessions.createSession().block();
        assertThat(stored.countDocuments()).as("a session nobody saved").isZero();

        StoredSession saved = loggedIn("ani");
        StoredSession again = read(saved.getId());

        assertThat(again.getAttributeNames()).containsExactlyInAnyOrder("SPRING_SECURITY_CONTEXT",
                OfficerSessions.SINCE);
        assertThat(again.<SecurityContextImpl>getAttribute("SPRING_SECURITY_CONTEXT").getAuthentication().getName())
                .isEqualTo("ani");
        assertThat(again.<Instant>getAttribute(OfficerSessions.SINCE)).isEqualTo(NOW);
        assertThat(again.getCreationTime()).isEqualTo(NOW);
        assertThat(again.getMaxInactiveInterval()).isEqualTo(Duration.ofHours(12));
        assertThat(read(fresh.getId())).as("the session nobody saved").isNull();
    }

    @Test
    void a_request_that_changes_nothing_writes_nothing_until_its_use_is_a_minute_later() {
        StoredSession session = loggedIn("budi");

        pass(Duration.ofSeconds(59));
        StoredSession soon = read(session.getId());
        soon.setLastAccessedTime(now);
        sessions.save(soon).block();
        assertThat(document(session.getId()).getDate("lastUsed").toInstant()).as("after 59 s").isEqualTo(NOW);

        pass(Duration.ofSeconds(1));
        StoredSession later = read(session.getId());
        later.setLastAccessedTime(now);
        sessions.save(later).block();
        assertThat(document(session.getId()).getDate("lastUsed").toInstant()).as("after a minute")
                .isEqualTo(NOW.plusSeconds(60));
        assertThat(document(session.getId()).getDate("expiresAt").toInstant()).isEqualTo(
                NOW.plusSeconds(60).plus(Duration.ofHours(12)));
    }

    @Test
    void a_changed_attribute_is_written_at_once() {
        StoredSession session = loggedIn("citra");
        pass(Duration.ofSeconds(5));

        StoredSession request = read(session.getId());
        request.setAttribute(OfficerSessions.SEEN, now);
        sessions.save(request).block();

        assertThat(read(session.getId()).<Instant>getAttribute(OfficerSessions.SEEN)).isEqualTo(NOW.plusSeconds(5));
    }

    @Test
    void a_new_id_ends_the_old_one() {
        StoredSession session = loggedIn("dedi");
        String before = session.getId();

        session.changeSessionId();
        sessions.save(session).block();

        assertThat(read(before)).as("the old id").isNull();
        assertThat(read(session.getId()).<SecurityContextImpl>getAttribute("SPRING_SECURITY_CONTEXT")
                .getAuthentication().getName()).isEqualTo("dedi");
        assertThat(stored.countDocuments()).isEqualTo(1);
    }

    @Test
    void a_request_still_under_way_when_the_officer_logged_out_does_not_bring_the_session_back() {
        StoredSession session = loggedIn("eka");
        StoredSession underWay = read(session.getId());
        StoredSession renamed = read(session.getId());

        sessions.deleteById(session.getId()).block();
        underWay.setAttribute(OfficerSessions.SEEN, now);
        sessions.save(underWay).block();
        renamed.changeSessionId();
        sessions.save(renamed).block();

        assertThat(stored.countDocuments()).as("sessions after the logout").isZero();
        assertThat(read(session.getId())).isNull();
        assertThat(read(renamed.getId())).isNull();
    }

    @Test
    void an_expired_session_is_not_found_and_is_deleted_when_read_or_swept() {
        StoredSession idle = loggedIn("fajar");
        StoredSession shortLived = sessions.createSession().block();
        sessions.save(shortLived).block();
        StoredSession busy = loggedIn("gita");

        pass(Duration.ofMinutes(30));
        assertThat(read(shortLived.getId())).as("30 minutes after the last use of a 30-minute session").isNull();
        assertThat(document(shortLived.getId())).as("deleted when read").isNull();

        pass(Duration.ofHours(11).plusMinutes(29));
        StoredSession stillThere = read(busy.getId());
        stillThere.setLastAccessedTime(now);
        sessions.save(stillThere).block();
        pass(Duration.ofMinutes(1));
        sessions.sweep();

        assertThat(document(idle.getId())).as("unused for 12 hours").isNull();
        assertThat(read(busy.getId())).as("used a minute ago").isNotNull();
    }

    @Test
    void an_id_sigap_never_gave_out_is_not_looked_up() {
        loggedIn("hadi");

        assertThat(sessions.findById("garbage").block()).isNull();
        assertThat(sessions.findById("a".repeat(3000)).block()).isNull();
        assertThat(sessions.findById("").block()).isNull();
        assertThat(sessions.findById(null).block()).isNull();
    }

    @Test
    void a_stored_session_holding_a_class_outside_the_jdk_spring_security_and_sigap_is_not_read_and_is_deleted()
            throws IOException {
        StoredSession session = loggedIn("indah");
        Map<String, Object> foreign = new TreeMap<>(Map.of("SPRING_SECURITY_CONTEXT",
                new LinkedMultiValueMap<>(Map.of("admin", List.of("yes")))));
        stored.updateOne(eq("_id", session.getId()),
                new Document("$set", new Document("attributes", new Binary(serialized(foreign)))));

        assertThat(read(session.getId())).isNull();
        assertThat(document(session.getId())).as("deleted").isNull();
    }

    @Test
    void what_the_store_keeps_is_the_session_and_its_times_only() {
        StoredSession session = loggedIn("joko");

        Document document = document(session.getId());

        assertThat(document.keySet()).containsExactlyInAnyOrder("_id", "created", "lastUsed", "maxIdleSeconds",
                "expiresAt", "attributes");
        assertThat(document.getDate("expiresAt")).isEqualTo(Date.from(NOW.plus(Duration.ofHours(12))));
    }

    private static byte[] serialized(Object value) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        return bytes.toByteArray();
    }
}

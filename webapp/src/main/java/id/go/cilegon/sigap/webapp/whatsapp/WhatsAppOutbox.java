package id.go.cilegon.sigap.webapp.whatsapp;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every message Sigap means to send, by a key that says why ({@code reply:<wamid>:<n>} for the conversation's
 * answers to one message, {@code event:<event id>} for a notification, {@code officer:<id>} for an officer's reply):
 * {@code whatsapp_outbox} keeps each for good, so queueing the same key again (a message handled twice, an event
 * replayed) sends nothing more; {@code whatsapp_outbox_due} holds those not sent yet. A message may carry a template
 * to send instead when the citizen's 24-hour window has closed by the time it goes out.
 */
@Component
class WhatsAppOutbox {

    static final String OUTBOX = "whatsapp_outbox";
    static final String DUE = "whatsapp_outbox_due";
    private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() {
    };

    enum State {
        PENDING,
        SENT,
        FAILED
    }

    /**
     * A queued message.
     *
     * @param template what to send instead outside the window, or {@code null}: then it cannot go out there
     */
    record Queued(String key, String contact, Map<String, Object> message, Map<String, Object> template,
            State state, int attempts, String wamid, String failure, Instant createdAt) {
    }

    private final MongoCollection<Document> outbox;
    private final DueQueue due;
    private final JsonMapper json;
    private final Clock clock;

    WhatsAppOutbox(MongoDatabase database, JsonMapper json, Clock clock) {
        this.outbox = database.getCollection(OUTBOX);
        this.due = new DueQueue(database, DUE);
        this.json = json;
        this.clock = clock;
    }

    /** Queues a message unless its key was queued before; true when it is new. */
    boolean queue(String key, String contact, Reply message, Reply.Template template) {
        Instant now = clock.instant();
        Document document = new Document("_id", key)
                .append("contact", contact)
                .append("message", json.writeValueAsString(message.fields()))
                .append("template", template == null ? null : json.writeValueAsString(template.fields()))
                .append("state", State.PENDING.name())
                .append("attempts", 0)
                .append("createdAt", Date.from(now));
        try {
            outbox.insertOne(document);
        } catch (MongoWriteException e) {
            if (ErrorCategory.fromErrorCode(e.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            Document kept = outbox.find(eq("_id", key)).first();
            if (kept != null && State.PENDING.name().equals(kept.getString("state"))) {
                due.add(key, contact, kept.getDate("createdAt").toInstant(), now);
            }
            return false;
        }
        due.add(key, contact, now, now);
        return true;
    }

    /** Queues the messages in order, keyed {@code <prefix>:0}, {@code <prefix>:1}, … */
    void queueAll(String prefix, String contact, List<Reply> messages) {
        for (int i = 0; i < messages.size(); i++) {
            queue(prefix + ":" + i, contact, messages.get(i), null);
        }
    }

    List<DueQueue.Item> ready() {
        return due.ready(clock.instant());
    }

    Optional<Queued> claim(DueQueue.Item item, Duration lease) {
        if (!due.claim(item.id(), clock.instant(), lease)) {
            return Optional.empty();
        }
        Optional<Queued> queued = find(item.id());
        if (queued.isEmpty() || queued.get().state() != State.PENDING) {
            due.remove(item.id());
            return Optional.empty();
        }
        return queued;
    }

    Optional<Queued> find(String key) {
        Document found = outbox.find(eq("_id", key)).first();
        if (found == null) {
            return Optional.empty();
        }
        String template = found.getString("template");
        return Optional.of(new Queued(key, found.getString("contact"), json.readValue(found.getString("message"),
                FIELDS), template == null ? null : json.readValue(template, FIELDS),
                State.valueOf(found.getString("state")), found.getInteger("attempts", 0), found.getString("wamid"),
                found.getString("failure"), found.getDate("createdAt").toInstant()));
    }

    void sent(String key, String wamid) {
        outbox.updateOne(eq("_id", key), Updates.combine(Updates.set("state", State.SENT.name()),
                Updates.set("wamid", wamid), Updates.set("sentAt", Date.from(clock.instant()))));
        due.remove(key);
    }

    void retryAt(String key, Instant at, String failure) {
        outbox.updateOne(eq("_id", key), Updates.combine(Updates.inc("attempts", 1),
                Updates.set("failure", failure)));
        due.postpone(key, at);
    }

    /** Given up: it stays in the outbox with the reason, for the officers' inbox and for audit. */
    void failed(String key, String failure) {
        outbox.updateOne(eq("_id", key), Updates.combine(Updates.set("state", State.FAILED.name()),
                Updates.inc("attempts", 1), Updates.set("failure", failure)));
        due.remove(key);
    }
}

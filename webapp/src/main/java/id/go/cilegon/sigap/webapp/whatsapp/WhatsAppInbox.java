package id.go.cilegon.sigap.webapp.whatsapp;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;
import id.go.cilegon.sigap.infra.mongo.WriteDurability;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * Every message citizens sent, kept before Meta is answered: {@code whatsapp_inbox} holds one document per
 * {@code wamid} for good, so its unique {@code _id} makes a second delivery of the same message (days later, on
 * another node) a no-op; {@code whatsapp_inbox_due} holds the messages not yet handled. The message itself and the
 * sender's ids are removed from the inbox once the conversation has handled it: what stays is the id and when it
 * came and was handled.
 *
 * <p>The two writes are not one transaction. If the node dies between them, Meta gets no 200 and delivers again;
 * the inbox then finds its own message still unhandled and queues it after all.
 */
@Component
class WhatsAppInbox {

    static final String INBOX = "whatsapp_inbox";
    static final String DUE = "whatsapp_inbox_due";

    /** A message taken from the queue to be handled. */
    record Stored(String messageId, WebhookPayload.Sender sender, Instant sentAt, String json, int attempts) {
    }

    private final MongoCollection<Document> inbox;
    private final DueQueue due;
    private final WriteDurability durability;
    private final Clock clock;

    WhatsAppInbox(MongoDatabase database, WriteDurability durability, Clock clock) {
        this.inbox = database.getCollection(INBOX);
        this.due = new DueQueue(database, DUE);
        this.durability = durability;
        this.clock = clock;
    }

    /**
     * Keeps the messages durably and queues those not handled yet; returns how many were new. Only after this
     * returns may Meta be told 200.
     */
    int accept(List<WebhookPayload.Inbound> messages) {
        int fresh = 0;
        Instant now = clock.instant();
        for (WebhookPayload.Inbound message : messages) {
            Document document = new Document("_id", message.messageId())
                    .append("receivedAt", Date.from(now))
                    .append("sentAt", Date.from(message.sentAt()))
                    .append("handled", false)
                    .append("waId", message.sender().waId())
                    .append("userId", message.sender().userId())
                    .append("payload", message.json());
            try {
                inbox.insertOne(document);
                fresh++;
            } catch (MongoWriteException e) {
                if (ErrorCategory.fromErrorCode(e.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                Document kept = inbox.find(eq("_id", message.messageId())).first();
                if (kept == null || kept.getBoolean("handled", false)) {
                    continue;
                }
            }
            due.add(message.messageId(), group(message.sender()), message.sentAt(), now);
        }
        durability.awaitDurable();
        return fresh;
    }

    /** The messages that may be handled now, oldest first, one per citizen at a time. */
    List<DueQueue.Item> ready() {
        return due.ready(clock.instant());
    }

    Optional<Stored> claim(DueQueue.Item item, Duration lease) {
        if (!due.claim(item.id(), clock.instant(), lease)) {
            return Optional.empty();
        }
        Document kept = inbox.find(eq("_id", item.id())).first();
        if (kept == null || kept.getBoolean("handled", false)) {
            due.remove(item.id());
            return Optional.empty();
        }
        return Optional.of(new Stored(item.id(), new WebhookPayload.Sender(kept.getString("waId"),
                kept.getString("userId")), kept.getDate("sentAt").toInstant(), kept.getString("payload"),
                item.attempts()));
    }

    /** Handled: the message and the sender's ids are dropped, the id stays to recognise a redelivery. */
    void handled(String messageId) {
        inbox.updateOne(eq("_id", messageId), Updates.combine(Updates.set("handled", true),
                Updates.set("handledAt", Date.from(clock.instant())), Updates.unset("payload"),
                Updates.unset("waId"), Updates.unset("userId")));
        due.remove(messageId);
    }

    void retryAt(String messageId, Instant at) {
        due.postpone(messageId, at);
    }

    boolean pending(String messageId) {
        return due.contains(messageId);
    }

    private static String group(WebhookPayload.Sender sender) {
        return sender.waId() != null ? sender.waId() : sender.userId();
    }
}

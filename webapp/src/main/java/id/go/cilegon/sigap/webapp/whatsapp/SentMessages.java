package id.go.cilegon.sigap.webapp.whatsapp;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import id.go.cilegon.sigap.infra.mongo.WriteDurability;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

/**
 * What Sigap sent through the Cloud API, one document per {@code wamid} Meta gave it ({@code whatsapp_messages}),
 * with the receipts Meta reported for it. Sends and receipts are both upserts on the {@code wamid} that set their
 * own fields, so they land in any order: a {@code read} before {@code delivered}, or a receipt before the send is
 * recorded. A repeated receipt sets the same value again. The current status is the highest reached
 * (sent &lt; delivered &lt; read), and {@code failed} whenever it came.
 */
@Component
class SentMessages {

    static final String COLLECTION = "whatsapp_messages";
    private static final List<String> RANKED = List.of("sent", "delivered", "read");

    /** One sent message as recorded: who, what for, and each status with its time. */
    record Sent(String wamid, String outboxKey, String contact, Instant sentAt, Map<String, Instant> statuses,
            String failure) {

        /** The highest status reached; {@code failed} wins; {@code null} before any receipt. */
        String status() {
            if (statuses.containsKey("failed")) {
                return "failed";
            }
            String highest = null;
            for (String status : RANKED) {
                if (statuses.containsKey(status)) {
                    highest = status;
                }
            }
            return highest;
        }
    }

    private final MongoCollection<Document> messages;
    private final WriteDurability durability;

    SentMessages(MongoDatabase database, WriteDurability durability) {
        this.messages = database.getCollection(COLLECTION);
        this.durability = durability;
    }

    void recordReceipts(List<WebhookPayload.Receipt> receipts) {
        for (WebhookPayload.Receipt receipt : receipts) {
            List<Bson> updates = new ArrayList<>(List.of(
                    Updates.set("statuses." + receipt.status(), Date.from(receipt.at()))));
            if (receipt.errorCode() != null) {
                updates.add(Updates.set("failure", receipt.errorCode()));
            }
            messages.updateOne(eq("_id", receipt.messageId()), Updates.combine(updates),
                    new UpdateOptions().upsert(true));
        }
        if (!receipts.isEmpty()) {
            durability.awaitDurable();
        }
    }

    void recordSend(String wamid, String outboxKey, String contact, Instant sentAt) {
        messages.updateOne(eq("_id", wamid), Updates.combine(Updates.set("outboxKey", outboxKey),
                Updates.set("contact", contact), Updates.set("sentAt", Date.from(sentAt))),
                new UpdateOptions().upsert(true));
    }

    Optional<Sent> find(String wamid) {
        Document found = messages.find(eq("_id", wamid)).first();
        if (found == null) {
            return Optional.empty();
        }
        Document statuses = found.get("statuses", new Document());
        Map<String, Instant> byStatus = new java.util.TreeMap<>();
        statuses.forEach((status, at) -> byStatus.put(status, ((Date) at).toInstant()));
        Date sentAt = found.getDate("sentAt");
        return Optional.of(new Sent(wamid, found.getString("outboxKey"), found.getString("contact"),
                sentAt == null ? null : sentAt.toInstant(), byStatus, found.getString("failure")));
    }
}

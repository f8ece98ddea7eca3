package id.go.cilegon.sigap.query.notification;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.pull;
import static com.mongodb.client.model.Updates.pushEach;
import static com.mongodb.client.model.Updates.set;
import static com.mongodb.client.model.Updates.setOnInsert;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.PushOptions;
import com.mongodb.client.model.UpdateOptions;
import id.go.cilegon.sigap.query.notification.api.Audience;
import id.go.cilegon.sigap.query.notification.api.CaseType;
import id.go.cilegon.sigap.query.notification.api.NotificationKind;
import id.go.cilegon.sigap.query.shared.BatchMemory;
import id.go.cilegon.sigap.query.shared.BatchedWrites;
import id.go.cilegon.sigap.query.shared.ReadModelCodecs;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;

/**
 * Writes notifications for the projections of both kinds of case. A notification is written once per event and
 * audience, keyed by the event's case and sequence number; a redelivered event rewrites the same document and keeps
 * who has read it. The case numbers the notifications show are remembered from each case's registration, because
 * later events name only the case's id. The writes go with the processor's batch ({@link BatchedWrites}); the numbers
 * a batch remembered are known to its later events without a read.
 *
 * <p>Beside the notifications, each audience's head lists the newest {@link NotificationInbox#SHOWN} of them by id,
 * newest first: an officer's inbox and unread count read their audiences' heads and then those notifications by id,
 * never the whole collection, which grows with every case.
 */
final class NotificationWriter {

    static final String COLLECTION = "notifications";
    static final String NUMBERS_COLLECTION = "notification_request_numbers";
    static final String HEADS_COLLECTION = "notification_heads";
    /** The order of a head's entries, and of an inbox: newest first, then by event key. */
    private static final Document NEWEST_FIRST = new Document("occurredAt", -1).append("key", -1);

    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);
    private static final String BATCH = NotificationWriter.class.getName();

    private final MongoCollection<Document> notifications;
    private final MongoCollection<Document> numbers;
    private final MongoCollection<Document> heads;

    NotificationWriter(MongoDatabase database) {
        MongoDatabase readModels = database.withCodecRegistry(ReadModelCodecs.REGISTRY);
        this.notifications = readModels.getCollection(COLLECTION);
        this.numbers = readModels.getCollection(NUMBERS_COLLECTION);
        this.heads = readModels.getCollection(HEADS_COLLECTION);
    }

    void rememberNumber(String caseId, String number) {
        BatchedWrites.ofBatch(BATCH, BatchMemory::new).ifPresent(remembered -> remembered.put(caseId, number));
        BatchedWrites.updateOne(numbers, eq("_id", caseId), set("registrationNumber", number), UPSERT);
    }

    /**
     * @param reference a keberatan number or a unit, when the kind has one
     * @param unit      narrows the audience to one unit's officers, or {@code null}
     * @param roles     the role names that receive it
     */
    void notify(CaseType caseType, String caseId, long sequence, Instant occurredAt, NotificationKind kind,
            String reference, LocalDate dueDate, String unit, String... roles) {
        String number = numberOf(caseId);
        for (String role : roles) {
            write(toRole(role, unit), caseType, caseId, sequence, number, occurredAt, kind, reference, dueDate, role,
                    unit, null);
        }
    }

    /** A notification for one officer only, whatever their roles and unit. */
    void notifyOfficer(CaseType caseType, String caseId, long sequence, Instant occurredAt, NotificationKind kind,
            String reference, String officer) {
        write(toOfficer(officer), caseType, caseId, sequence, numberOf(caseId), occurredAt, kind, reference, null,
                null, null, officer);
    }

    /**
     * The audiences {@code officer} belongs to, as their notifications' ids and heads name them: each of their roles,
     * each in their unit when they have one, and themselves.
     */
    static List<String> audiencesOf(Audience officer) {
        List<String> audiences = new ArrayList<>();
        for (String role : officer.roles()) {
            audiences.add(toRole(role, null));
            if (officer.unit() != null) {
                audiences.add(toRole(role, officer.unit()));
            }
        }
        audiences.add(toOfficer(officer.username()));
        return audiences;
    }

    private static String toRole(String role, String unit) {
        return ":" + role + (unit == null ? "" : ":" + unit);
    }

    private static String toOfficer(String username) {
        return ":officer:" + username;
    }

    private String numberOf(String caseId) {
        Optional<String> remembered = BatchedWrites.ofBatch(BATCH, BatchMemory::new).map(batch -> batch.get(caseId));
        if (remembered.isPresent()) {
            return remembered.get();
        }
        Document number = numbers.find(eq("_id", caseId)).first();
        return number == null ? null : number.getString("registrationNumber");
    }

    /**
     * One audience's document, keyed by the event and {@code audience}, so a redelivery rewrites it; and its entry at
     * the head of the audience's notifications, taken out first so that a redelivery does not list it twice.
     */
    private void write(String audience, CaseType caseType, String caseId, long sequence, String number,
            Instant occurredAt, NotificationKind kind, String reference, LocalDate dueDate, String role, String unit,
            String officer) {
        String key = caseId + ":" + sequence;
        String id = key + audience;
        BatchedWrites.updateOne(notifications, eq("_id", id), combine(
                set("key", key),
                set("requestId", caseId),
                set("caseType", caseType.name()),
                set("registrationNumber", number),
                set("kind", kind.name()),
                set("role", role),
                set("unit", unit),
                set("officer", officer),
                set("reference", reference),
                set("dueDate", dueDate),
                set("occurredAt", occurredAt),
                setOnInsert("readBy", List.of())), UPSERT);
        BatchedWrites.sendInOrder(notifications, heads);
        BatchedWrites.updateOne(heads, eq("_id", audience), pull("entries", new Document("id", id)));
        BatchedWrites.updateOne(heads, eq("_id", audience),
                pushEach("entries", List.of(new Document("id", id).append("key", key).append("occurredAt", occurredAt)),
                        new PushOptions().sortDocument(NEWEST_FIRST).slice(NotificationInbox.SHOWN)), UPSERT);
    }

    void drop() {
        notifications.drop();
        numbers.drop();
        heads.drop();
    }
}

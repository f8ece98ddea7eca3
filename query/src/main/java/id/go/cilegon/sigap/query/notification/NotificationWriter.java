package id.go.cilegon.sigap.query.notification;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;
import static com.mongodb.client.model.Updates.setOnInsert;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.UpdateOptions;
import id.go.cilegon.sigap.query.notification.api.CaseType;
import id.go.cilegon.sigap.query.notification.api.NotificationKind;
import id.go.cilegon.sigap.query.shared.BatchMemory;
import id.go.cilegon.sigap.query.shared.BatchedWrites;
import id.go.cilegon.sigap.query.shared.ReadModelCodecs;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.bson.Document;

/**
 * Writes notifications for the projections of both kinds of case. A notification is written once per event and
 * audience, keyed by the event's case and sequence number; a redelivered event rewrites the same document and keeps
 * who has read it. The case numbers the notifications show are remembered from each case's registration, because
 * later events name only the case's id. The writes go with the processor's batch ({@link BatchedWrites}); the numbers
 * a batch remembered are known to its later events without a read.
 */
final class NotificationWriter {

    static final String COLLECTION = "notifications";
    static final String NUMBERS_COLLECTION = "notification_request_numbers";

    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);
    private static final String BATCH = NotificationWriter.class.getName();

    private final MongoCollection<Document> notifications;
    private final MongoCollection<Document> numbers;

    NotificationWriter(MongoDatabase database) {
        MongoDatabase readModels = database.withCodecRegistry(ReadModelCodecs.REGISTRY);
        this.notifications = readModels.getCollection(COLLECTION);
        this.numbers = readModels.getCollection(NUMBERS_COLLECTION);
        createIndexes();
    }

    void createIndexes() {
        notifications.createIndex(Indexes.ascending("role", "unit", "occurredAt"));
        notifications.createIndex(Indexes.ascending("key"));
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
            write(":" + role + (unit == null ? "" : ":" + unit), caseType, caseId, sequence, number, occurredAt, kind,
                    reference, dueDate, role, unit, null);
        }
    }

    /** A notification for one officer only, whatever their roles and unit. */
    void notifyOfficer(CaseType caseType, String caseId, long sequence, Instant occurredAt, NotificationKind kind,
            String reference, String officer) {
        write(":officer:" + officer, caseType, caseId, sequence, numberOf(caseId), occurredAt, kind, reference, null,
                null, null, officer);
    }

    private String numberOf(String caseId) {
        Optional<String> remembered = BatchedWrites.ofBatch(BATCH, BatchMemory::new).map(batch -> batch.get(caseId));
        if (remembered.isPresent()) {
            return remembered.get();
        }
        Document number = numbers.find(eq("_id", caseId)).first();
        return number == null ? null : number.getString("registrationNumber");
    }

    /** One audience's document, keyed by the event and {@code audience}, so a redelivery rewrites it. */
    private void write(String audience, CaseType caseType, String caseId, long sequence, String number,
            Instant occurredAt, NotificationKind kind, String reference, LocalDate dueDate, String role, String unit,
            String officer) {
        String key = caseId + ":" + sequence;
        BatchedWrites.updateOne(notifications, eq("_id", key + audience), combine(
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
    }

    void drop() {
        notifications.drop();
        numbers.drop();
        createIndexes();
    }
}

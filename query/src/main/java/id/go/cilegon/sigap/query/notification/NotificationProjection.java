package id.go.cilegon.sigap.query.notification;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;
import static com.mongodb.client.model.Updates.setOnInsert;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.UpdateOptions;
import id.go.cilegon.sigap.command.informationrequest.api.ClarificationProvided;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestForwarded;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestId;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestRegistered;
import id.go.cilegon.sigap.command.informationrequest.api.NoticeDeadlineMissed;
import id.go.cilegon.sigap.command.informationrequest.api.ObjectionAnswerDeadlineMissed;
import id.go.cilegon.sigap.command.informationrequest.api.ObjectionFiled;
import id.go.cilegon.sigap.command.informationrequest.api.UnitInputRecorded;
import id.go.cilegon.sigap.query.notification.api.NotificationKind;
import id.go.cilegon.sigap.query.shared.ReadModelCodecs;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.bson.Document;

/**
 * Creates a notification for each event that needs an officer to act or to know: a missed deadline for the PPID
 * staff and the supervisors, a keberatan for the Atasan PPID, a forwarded request for the unit's PPID Pelaksana,
 * the requester's or the unit's answer for the PPID staff. Audiences are role names (and a unit), as the web
 * layer's roles are named. A notification is written once per event and audience, keyed by the event's request
 * and sequence number; a redelivered event rewrites the same document and keeps who has read it.
 */
@ProcessingGroup(NotificationProjection.PROCESSING_GROUP)
public class NotificationProjection {

    public static final String PROCESSING_GROUP = "notifications";
    static final String COLLECTION = "notifications";
    /** The request numbers the notifications show; later events name only the request id. */
    static final String NUMBERS_COLLECTION = "notification_request_numbers";

    static final String PETUGAS_PPID = "PETUGAS_PPID";
    static final String PPID_PELAKSANA = "PPID_PELAKSANA";
    static final String ATASAN_PPID = "ATASAN_PPID";
    static final String SUPERVISOR = "SUPERVISOR";

    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);

    private final MongoCollection<Document> notifications;
    private final MongoCollection<Document> numbers;

    public NotificationProjection(MongoDatabase database) {
        MongoDatabase readModels = database.withCodecRegistry(ReadModelCodecs.REGISTRY);
        this.notifications = readModels.getCollection(COLLECTION);
        this.numbers = readModels.getCollection(NUMBERS_COLLECTION);
        createIndexes();
    }

    private void createIndexes() {
        notifications.createIndex(Indexes.ascending("role", "unit", "occurredAt"));
        notifications.createIndex(Indexes.ascending("key"));
    }

    @EventHandler
    void on(InformationRequestRegistered event) {
        numbers.updateOne(eq("_id", event.requestId().value()),
                set("registrationNumber", event.registrationNumber().value()), UPSERT);
    }

    @EventHandler
    void on(NoticeDeadlineMissed event, @SequenceNumber long sequence, @Timestamp Instant at) {
        notify(event.requestId(), sequence, at, NotificationKind.NOTICE_DEADLINE_MISSED, null, event.dueDate(),
                null, PETUGAS_PPID, SUPERVISOR);
    }

    @EventHandler
    void on(ObjectionFiled event, @SequenceNumber long sequence, @Timestamp Instant at) {
        notify(event.requestId(), sequence, at, NotificationKind.OBJECTION_FILED, event.objectionNumber().value(),
                event.answerDeadline().dueDate(), null, ATASAN_PPID, SUPERVISOR);
    }

    @EventHandler
    void on(ObjectionAnswerDeadlineMissed event, @SequenceNumber long sequence, @Timestamp Instant at) {
        notify(event.requestId(), sequence, at, NotificationKind.OBJECTION_ANSWER_DEADLINE_MISSED,
                event.objectionNumber().value(), event.dueDate(), null, ATASAN_PPID, SUPERVISOR);
    }

    @EventHandler
    void on(ClarificationProvided event, @SequenceNumber long sequence, @Timestamp Instant at) {
        notify(event.requestId(), sequence, at, NotificationKind.CLARIFICATION_PROVIDED, null,
                event.noticeDeadline().dueDate(), null, PETUGAS_PPID);
    }

    @EventHandler
    void on(InformationRequestForwarded event, @SequenceNumber long sequence, @Timestamp Instant at) {
        notify(event.requestId(), sequence, at, NotificationKind.REQUEST_FORWARDED, event.unit().value(), null,
                event.unit().value(), PPID_PELAKSANA);
    }

    @EventHandler
    void on(UnitInputRecorded event, @SequenceNumber long sequence, @Timestamp Instant at) {
        notify(event.requestId(), sequence, at, NotificationKind.UNIT_INPUT_RECORDED, event.unit().value(), null,
                null, PETUGAS_PPID);
    }

    private void notify(InformationRequestId requestId, long sequence, Instant occurredAt, NotificationKind kind,
            String reference, LocalDate dueDate, String unit, String... roles) {
        String key = requestId.value() + ":" + sequence;
        Document number = numbers.find(eq("_id", requestId.value())).first();
        for (String role : roles) {
            String id = key + ":" + role + (unit == null ? "" : ":" + unit);
            notifications.updateOne(eq("_id", id), combine(
                    set("key", key),
                    set("requestId", requestId.value()),
                    set("registrationNumber", number == null ? null : number.getString("registrationNumber")),
                    set("kind", kind.name()),
                    set("role", role),
                    set("unit", unit),
                    set("reference", reference),
                    set("dueDate", dueDate),
                    set("occurredAt", occurredAt),
                    setOnInsert("readBy", List.of())), UPSERT);
        }
    }

    @ResetHandler
    void reset() {
        notifications.drop();
        numbers.drop();
        createIndexes();
    }
}

package id.go.cilegon.sigap.query.notification;

import com.mongodb.client.MongoDatabase;
import id.go.cilegon.sigap.command.informationrequest.api.ClarificationProvided;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestAssigned;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestEscalated;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestForwarded;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestId;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestRegistered;
import id.go.cilegon.sigap.command.informationrequest.api.NoticeDeadlineMissed;
import id.go.cilegon.sigap.command.informationrequest.api.ObjectionAnswerDeadlineMissed;
import id.go.cilegon.sigap.command.informationrequest.api.ObjectionFiled;
import id.go.cilegon.sigap.command.informationrequest.api.UnitInputRecorded;
import id.go.cilegon.sigap.query.notification.api.CaseType;
import id.go.cilegon.sigap.query.notification.api.NotificationKind;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;

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

    static final String PETUGAS_PPID = "PETUGAS_PPID";
    static final String PPID_PELAKSANA = "PPID_PELAKSANA";
    static final String ATASAN_PPID = "ATASAN_PPID";
    static final String SUPERVISOR = "SUPERVISOR";
    static final String PETUGAS_MEDIA = "PETUGAS_MEDIA";

    private final NotificationWriter writer;

    public NotificationProjection(MongoDatabase database) {
        this.writer = new NotificationWriter(database);
    }

    @EventHandler
    void on(InformationRequestRegistered event) {
        writer.rememberNumber(event.requestId().value(), event.registrationNumber().value());
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

    @EventHandler
    void on(InformationRequestAssigned event, @SequenceNumber long sequence, @Timestamp Instant at) {
        writer.notifyOfficer(CaseType.PERMOHONAN, event.requestId().value(), sequence, at,
                NotificationKind.CASE_ASSIGNED, event.assignedBy().value(), event.handler().value());
    }

    @EventHandler
    void on(InformationRequestEscalated event, @SequenceNumber long sequence, @Timestamp Instant at) {
        notify(event.requestId(), sequence, at, NotificationKind.CASE_ESCALATED, event.escalatedBy().value(), null,
                null, ATASAN_PPID, SUPERVISOR);
    }

    private void notify(InformationRequestId requestId, long sequence, Instant occurredAt, NotificationKind kind,
            String reference, LocalDate dueDate, String unit, String... roles) {
        writer.notify(CaseType.PERMOHONAN, requestId.value(), sequence, occurredAt, kind, reference, dueDate, unit,
                roles);
    }

    @ResetHandler
    void reset() {
        writer.drop();
    }
}

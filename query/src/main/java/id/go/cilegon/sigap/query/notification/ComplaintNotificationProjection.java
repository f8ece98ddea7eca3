package id.go.cilegon.sigap.query.notification;

import com.mongodb.client.MongoDatabase;
import id.go.cilegon.sigap.command.complaint.api.ComplainantAnswered;
import id.go.cilegon.sigap.command.complaint.api.ComplaintAssigned;
import id.go.cilegon.sigap.command.complaint.api.ComplaintEscalated;
import id.go.cilegon.sigap.command.complaint.api.ComplaintDisposed;
import id.go.cilegon.sigap.command.complaint.api.ComplaintRegistered;
import id.go.cilegon.sigap.command.complaint.api.ComplaintReopened;
import id.go.cilegon.sigap.command.complaint.api.DispositionReturned;
import id.go.cilegon.sigap.command.complaint.api.FollowUpDeadlineMissed;
import id.go.cilegon.sigap.command.complaint.api.UnitFollowUp;
import id.go.cilegon.sigap.command.complaint.api.VerificationDeadlineMissed;
import id.go.cilegon.sigap.query.notification.api.CaseType;
import id.go.cilegon.sigap.query.notification.api.NotificationKind;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;

/**
 * The complaint events an officer must act on or know: a new complaint or the complainant's answer for the desk, a
 * disposition for the unit's officers, a returned disposition for the desk, missed deadlines for whoever owed the
 * step and the supervisors, a reopened complaint for its units and the desk. Same processing group and collection
 * as {@link NotificationProjection}, so one inbox shows both kinds of case and one reset rebuilds both.
 */
@ProcessingGroup(NotificationProjection.PROCESSING_GROUP)
public class ComplaintNotificationProjection {

    private final NotificationWriter writer;

    public ComplaintNotificationProjection(MongoDatabase database) {
        this.writer = new NotificationWriter(database);
    }

    @EventHandler
    void on(ComplaintRegistered event, @SequenceNumber long sequence, @Timestamp Instant at) {
        writer.rememberNumber(event.complaintId().value(), event.number().value());
        writer.notify(CaseType.PENGADUAN, event.complaintId().value(), sequence, at,
                NotificationKind.COMPLAINT_RECEIVED, null, event.verificationDeadline().dueDate(), null,
                NotificationProjection.PETUGAS_PPID);
    }

    @EventHandler
    void on(ComplainantAnswered event, @SequenceNumber long sequence, @Timestamp Instant at) {
        writer.notify(CaseType.PENGADUAN, event.complaintId().value(), sequence, at,
                NotificationKind.COMPLAINANT_ANSWERED, null, event.verificationDeadline().dueDate(), null,
                NotificationProjection.PETUGAS_PPID);
    }

    @EventHandler
    void on(VerificationDeadlineMissed event, @SequenceNumber long sequence, @Timestamp Instant at) {
        writer.notify(CaseType.PENGADUAN, event.complaintId().value(), sequence, at,
                NotificationKind.VERIFICATION_DEADLINE_MISSED, null, event.dueDate(), null,
                NotificationProjection.PETUGAS_PPID, NotificationProjection.SUPERVISOR);
    }

    @EventHandler
    void on(ComplaintDisposed event, @SequenceNumber long sequence, @Timestamp Instant at) {
        for (UnitFollowUp unit : event.units()) {
            writer.notify(CaseType.PENGADUAN, event.complaintId().value(), sequence, at,
                    NotificationKind.COMPLAINT_DISPOSED, unit.unit().value(), unit.followUpDeadline().dueDate(),
                    unit.unit().value(), NotificationProjection.PPID_PELAKSANA);
        }
    }

    @EventHandler
    void on(DispositionReturned event, @SequenceNumber long sequence, @Timestamp Instant at) {
        writer.notify(CaseType.PENGADUAN, event.complaintId().value(), sequence, at,
                NotificationKind.DISPOSITION_RETURNED, event.unit().value(), null, null,
                NotificationProjection.PETUGAS_PPID);
    }

    @EventHandler
    void on(FollowUpDeadlineMissed event, @SequenceNumber long sequence, @Timestamp Instant at) {
        writer.notify(CaseType.PENGADUAN, event.complaintId().value(), sequence, at,
                NotificationKind.FOLLOW_UP_DEADLINE_MISSED, event.unit().value(), event.dueDate(),
                event.unit().value(), NotificationProjection.PPID_PELAKSANA);
        writer.notify(CaseType.PENGADUAN, event.complaintId().value(), sequence, at,
                NotificationKind.FOLLOW_UP_DEADLINE_MISSED, event.unit().value(), event.dueDate(), null,
                NotificationProjection.SUPERVISOR);
    }

    @EventHandler
    void on(ComplaintReopened event, @SequenceNumber long sequence, @Timestamp Instant at) {
        for (UnitFollowUp unit : event.units()) {
            writer.notify(CaseType.PENGADUAN, event.complaintId().value(), sequence, at,
                    NotificationKind.COMPLAINT_REOPENED, unit.unit().value(), unit.followUpDeadline().dueDate(),
                    unit.unit().value(), NotificationProjection.PPID_PELAKSANA);
        }
        writer.notify(CaseType.PENGADUAN, event.complaintId().value(), sequence, at,
                NotificationKind.COMPLAINT_REOPENED, null, null, null, NotificationProjection.PETUGAS_PPID);
    }

    @EventHandler
    void on(ComplaintAssigned event, @SequenceNumber long sequence, @Timestamp Instant at) {
        writer.notifyOfficer(CaseType.PENGADUAN, event.complaintId().value(), sequence, at,
                NotificationKind.CASE_ASSIGNED, event.assignedBy().value(), event.handler().value());
    }

    @EventHandler
    void on(ComplaintEscalated event, @SequenceNumber long sequence, @Timestamp Instant at) {
        writer.notify(CaseType.PENGADUAN, event.complaintId().value(), sequence, at, NotificationKind.CASE_ESCALATED,
                event.escalatedBy().value(), null, null, NotificationProjection.ATASAN_PPID,
                NotificationProjection.SUPERVISOR);
    }
}

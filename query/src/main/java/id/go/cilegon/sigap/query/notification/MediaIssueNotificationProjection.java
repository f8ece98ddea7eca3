package id.go.cilegon.sigap.query.notification;

import com.mongodb.client.MongoDatabase;
import id.go.cilegon.sigap.command.mediaissue.api.IssueUrgency;
import id.go.cilegon.sigap.command.mediaissue.api.MediaDeadlineMissed;
import id.go.cilegon.sigap.command.mediaissue.api.MediaIssueAssigned;
import id.go.cilegon.sigap.command.mediaissue.api.MediaIssueLogged;
import id.go.cilegon.sigap.command.mediaissue.api.MediaIssueTriaged;
import id.go.cilegon.sigap.command.mediaissue.api.MediaResponseApproved;
import id.go.cilegon.sigap.command.mediaissue.api.MediaResponseRejected;
import id.go.cilegon.sigap.command.mediaissue.api.MediaResponseSubmitted;
import id.go.cilegon.sigap.command.mediaissue.api.UnitClarificationReceived;
import id.go.cilegon.sigap.command.mediaissue.api.UnitClarificationRequested;
import id.go.cilegon.sigap.query.notification.api.CaseType;
import id.go.cilegon.sigap.query.notification.api.NotificationKind;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;

/**
 * The media-issue events an officer must act on or know: a crisis for the supervisors at once, a unit's
 * clarification for that unit's officers and its answer for the media officers, a response for the approvers and
 * their decision for the media officers, a missed clock for both. Same processing group and collection as
 * {@link NotificationProjection}, so one inbox shows every kind of case.
 */
@ProcessingGroup(NotificationProjection.PROCESSING_GROUP)
public class MediaIssueNotificationProjection {

    private final NotificationWriter writer;

    public MediaIssueNotificationProjection(MongoDatabase database) {
        this.writer = new NotificationWriter(database);
    }

    @EventHandler
    void on(MediaIssueLogged event) {
        writer.rememberNumber(event.mediaIssueId().value(), event.number().value());
    }

    @EventHandler
    void on(MediaIssueTriaged event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (event.urgency() == IssueUrgency.KRISIS) {
            notify(event.mediaIssueId().value(), sequence, at, NotificationKind.MEDIA_CRISIS, event.topic(),
                    event.responseDeadline().dueDate(), null, NotificationProjection.SUPERVISOR);
        }
    }

    @EventHandler
    void on(UnitClarificationRequested event, @SequenceNumber long sequence, @Timestamp Instant at) {
        notify(event.mediaIssueId().value(), sequence, at, NotificationKind.MEDIA_CLARIFICATION_REQUESTED,
                event.unit().value(), null, event.unit().value(), NotificationProjection.PPID_PELAKSANA);
    }

    @EventHandler
    void on(UnitClarificationReceived event, @SequenceNumber long sequence, @Timestamp Instant at) {
        notify(event.mediaIssueId().value(), sequence, at, NotificationKind.MEDIA_CLARIFICATION_RECEIVED,
                event.unit().value(), null, null, NotificationProjection.PETUGAS_MEDIA);
    }

    @EventHandler
    void on(MediaResponseSubmitted event, @SequenceNumber long sequence, @Timestamp Instant at) {
        notify(event.mediaIssueId().value(), sequence, at, NotificationKind.MEDIA_RESPONSE_SUBMITTED,
                event.submittedBy().value(), null, null, NotificationProjection.SUPERVISOR);
    }

    @EventHandler
    void on(MediaResponseApproved event, @SequenceNumber long sequence, @Timestamp Instant at) {
        notify(event.mediaIssueId().value(), sequence, at, NotificationKind.MEDIA_RESPONSE_APPROVED,
                event.approvedBy().value(), null, null, NotificationProjection.PETUGAS_MEDIA);
    }

    @EventHandler
    void on(MediaResponseRejected event, @SequenceNumber long sequence, @Timestamp Instant at) {
        notify(event.mediaIssueId().value(), sequence, at, NotificationKind.MEDIA_RESPONSE_REJECTED,
                event.rejectedBy().value(), null, null, NotificationProjection.PETUGAS_MEDIA);
    }

    @EventHandler
    void on(MediaDeadlineMissed event, @SequenceNumber long sequence, @Timestamp Instant at) {
        notify(event.mediaIssueId().value(), sequence, at, NotificationKind.MEDIA_DEADLINE_MISSED,
                event.stage().name(), event.dueDate(), null, NotificationProjection.PETUGAS_MEDIA,
                NotificationProjection.SUPERVISOR);
    }

    @EventHandler
    void on(MediaIssueAssigned event, @SequenceNumber long sequence, @Timestamp Instant at) {
        writer.notifyOfficer(CaseType.ISU_MEDIA, event.mediaIssueId().value(), sequence, at,
                NotificationKind.CASE_ASSIGNED, event.assignedBy().value(), event.handler().value());
    }

    private void notify(String issueId, long sequence, Instant at, NotificationKind kind, String reference,
            LocalDate dueDate, String unit, String... roles) {
        writer.notify(CaseType.ISU_MEDIA, issueId, sequence, at, kind, reference, dueDate, unit, roles);
    }
}

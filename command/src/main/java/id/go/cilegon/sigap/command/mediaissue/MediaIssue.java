package id.go.cilegon.sigap.command.mediaissue;

import static id.go.cilegon.sigap.command.mediaissue.api.MediaIssueRules.CLARIFICATION_PENDING;
import static id.go.cilegon.sigap.command.mediaissue.api.MediaIssueRules.DEADLINE_NOT_PASSED;
import static id.go.cilegon.sigap.command.mediaissue.api.MediaIssueRules.DUE_NOT_IN_FUTURE;
import static id.go.cilegon.sigap.command.mediaissue.api.MediaIssueRules.ISSUE_CLOSED;
import static id.go.cilegon.sigap.command.mediaissue.api.MediaIssueRules.NOT_APPROVED;
import static id.go.cilegon.sigap.command.mediaissue.api.MediaIssueRules.NOT_AWAITING_APPROVAL;
import static id.go.cilegon.sigap.command.mediaissue.api.MediaIssueRules.NOT_CLOSABLE;
import static id.go.cilegon.sigap.command.mediaissue.api.MediaIssueRules.NOT_DRAFTING;
import static id.go.cilegon.sigap.command.mediaissue.api.MediaIssueRules.NOT_PUBLISHED;
import static id.go.cilegon.sigap.command.mediaissue.api.MediaIssueRules.NOT_TRIAGED;
import static id.go.cilegon.sigap.command.mediaissue.api.MediaIssueRules.NO_CLARIFICATION_PENDING;
import static id.go.cilegon.sigap.command.mediaissue.api.MediaIssueRules.NO_DRAFT;
import static id.go.cilegon.sigap.command.mediaissue.api.MediaIssueRules.ORIGINAL_NOT_OPEN;
import static id.go.cilegon.sigap.command.mediaissue.api.MediaIssueRules.OWN_DRAFT;
import static id.go.cilegon.sigap.command.mediaissue.api.MediaIssueRules.TOO_LATE_TO_REDIRECT;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import id.go.cilegon.sigap.command.mediaissue.api.ApproveMediaResponse;
import id.go.cilegon.sigap.command.mediaissue.api.AskUnitForClarification;
import id.go.cilegon.sigap.command.mediaissue.api.AssignMediaIssue;
import id.go.cilegon.sigap.command.mediaissue.api.CloseMediaIssue;
import id.go.cilegon.sigap.command.mediaissue.api.DraftMediaResponse;
import id.go.cilegon.sigap.command.mediaissue.api.IssueUrgency;
import id.go.cilegon.sigap.command.mediaissue.api.LogMediaIssue;
import id.go.cilegon.sigap.command.mediaissue.api.MediaDeadlineMissed;
import id.go.cilegon.sigap.command.mediaissue.api.MediaDuplicateAttached;
import id.go.cilegon.sigap.command.mediaissue.api.MediaIssueAssigned;
import id.go.cilegon.sigap.command.mediaissue.api.MediaIssueClosed;
import id.go.cilegon.sigap.command.mediaissue.api.MediaIssueId;
import id.go.cilegon.sigap.command.mediaissue.api.MediaIssueLogged;
import id.go.cilegon.sigap.command.mediaissue.api.MediaIssueMerged;
import id.go.cilegon.sigap.command.mediaissue.api.MediaIssueNumber;
import id.go.cilegon.sigap.command.mediaissue.api.MediaIssuePolicy;
import id.go.cilegon.sigap.command.mediaissue.api.MediaIssueReferred;
import id.go.cilegon.sigap.command.mediaissue.api.MediaIssueStatus;
import id.go.cilegon.sigap.command.mediaissue.api.MediaIssueTriaged;
import id.go.cilegon.sigap.command.mediaissue.api.MediaResponseApproved;
import id.go.cilegon.sigap.command.mediaissue.api.MediaResponseDrafted;
import id.go.cilegon.sigap.command.mediaissue.api.MediaResponsePublished;
import id.go.cilegon.sigap.command.mediaissue.api.MediaResponseRejected;
import id.go.cilegon.sigap.command.mediaissue.api.MediaResponseSubmitted;
import id.go.cilegon.sigap.command.mediaissue.api.MediaSource;
import id.go.cilegon.sigap.command.mediaissue.api.MonitoringNoted;
import id.go.cilegon.sigap.command.mediaissue.api.NoteMonitoring;
import id.go.cilegon.sigap.command.mediaissue.api.RecordMediaDeadlineMissed;
import id.go.cilegon.sigap.command.mediaissue.api.RecordMediaPublication;
import id.go.cilegon.sigap.command.mediaissue.api.RecordUnitClarification;
import id.go.cilegon.sigap.command.mediaissue.api.ReferralKind;
import id.go.cilegon.sigap.command.mediaissue.api.RejectMediaResponse;
import id.go.cilegon.sigap.command.mediaissue.api.SubmitMediaResponse;
import id.go.cilegon.sigap.command.mediaissue.api.TriageMediaIssue;
import id.go.cilegon.sigap.command.mediaissue.api.UnitClarificationReceived;
import id.go.cilegon.sigap.command.mediaissue.api.UnitClarificationRequested;
import id.go.cilegon.sigap.command.shared.api.OfficerId;
import id.go.cilegon.sigap.command.shared.api.RuleViolation;
import id.go.cilegon.sigap.command.shared.api.UnitId;
import id.go.cilegon.sigap.command.shared.api.calendar.Deadline;
import id.go.cilegon.sigap.command.shared.calendar.WorkingDayCalendar;
import id.go.cilegon.sigap.command.shared.handling.CaseHandling;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * An issue in the mass or social media (domain brief §4), from detection to a published, approved response. The
 * monitoring officer triages it (topic, sentiment, urgency, the OPD concerned), may ask OPDs for their facts, drafts
 * a response of a chosen kind, sends it for approval, revises it when it comes back, records where it went out,
 * watches the story and closes the issue. Before a response is drafted it may instead become a complaint or a
 * permohonan ({@link MediaIssueReferral}) or join the issue it duplicates ({@link MediaIssueMerging}); an issue
 * that needs no response closes right after triage.
 *
 * <p>Two clocks, in hari kerja from the injected {@link MediaIssuePolicy}: triage after detection, and the response
 * after triage by urgency. A later triage that changes the urgency starts the response clock again from that
 * moment. Breach reports from the deadline watch are safe to repeat. Approval takes four eyes: the officer who
 * wrote a version does not approve it.
 *
 * <p>Fields are visible to Jackson because the snapshot of this aggregate is written with the event serializer.
 */
@Aggregate(snapshotTriggerDefinition = "mediaIssueSnapshotTrigger")
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
public class MediaIssue {

    @AggregateIdentifier
    private MediaIssueId mediaIssueId;
    private MediaIssueNumber number;
    private MediaIssueStatus status;
    private MediaSource source;
    private Deadline triageDeadline;
    private boolean triageDeadlineMissed;
    private IssueUrgency urgency;
    private Deadline responseDeadline;
    private boolean responseDeadlineMissed;
    /** Units asked and not answered yet, with their due time. */
    private Map<UnitId, Instant> pendingClarifications = new LinkedHashMap<>();
    private int version;
    private OfficerId lastDrafter;
    private CaseHandling assignment = new CaseHandling();

    protected MediaIssue() {
        // Axon rebuilds the aggregate from an empty instance and its events.
    }

    MediaIssue(LogMediaIssue command, MediaIssueNumber number, Deadline triageDeadline) {
        MediaSource source = command.source();
        apply(new MediaIssueLogged(command.mediaIssueId(), number, new MediaSource(source.kind(),
                source.outlet().strip(), blankToNull(source.url()), source.title().strip(),
                blankToNull(source.excerpt()), source.publishedAt(), source.reach()), command.origin(),
                blankToNull(command.feed()), command.loggedBy(), command.detectedAt(), triageDeadline));
    }

    // ---------------------------------------------------------------------------------------------------- triage

    @CommandHandler
    void handle(TriageMediaIssue command, Clock clock, WorkingDayCalendar calendar, MediaIssuePolicy policy) {
        requireOpen();
        Instant now = clock.instant();
        Deadline deadline = command.urgency() == urgency && responseDeadline != null ? responseDeadline
                : calendar.workingDaysAfter(now, policy.responseWorkingDays(command.urgency()));
        apply(new MediaIssueTriaged(mediaIssueId, command.topic().strip(), command.sentiment(), command.urgency(),
                command.unit(), command.relatedCases().stream().map(String::strip).distinct().toList(),
                command.triagedBy(), now, deadline));
    }

    // ------------------------------------------------------------------------------------------- clarification

    @CommandHandler
    void handle(AskUnitForClarification command, Clock clock) {
        requireDrafting();
        if (pendingClarifications.containsKey(command.unit())) {
            throw new RuleViolation(CLARIFICATION_PENDING, command.unit() + " was asked about " + number
                    + " and has not answered yet");
        }
        Instant now = clock.instant();
        if (!command.dueAt().isAfter(now)) {
            throw new RuleViolation(DUE_NOT_IN_FUTURE, "A clarification is due after it is asked");
        }
        apply(new UnitClarificationRequested(mediaIssueId, command.unit(), command.question().strip(),
                command.dueAt(), command.askedBy(), now));
    }

    @CommandHandler
    void handle(RecordUnitClarification command, Clock clock) {
        requireOpen();
        Instant due = pendingClarifications.get(command.unit());
        if (due == null) {
            throw new RuleViolation(NO_CLARIFICATION_PENDING, command.unit() + " owes no clarification on " + number);
        }
        Instant now = clock.instant();
        apply(new UnitClarificationReceived(mediaIssueId, command.unit(), command.answer().strip(),
                command.recordedBy(), now, now.isAfter(due)));
    }

    // ------------------------------------------------------------------------------------------------- response

    @CommandHandler
    void handle(DraftMediaResponse command, Clock clock) {
        requireDrafting();
        apply(new MediaResponseDrafted(mediaIssueId, version + 1, command.kind(), command.title().strip(),
                command.text().strip(), command.draftedBy(), clock.instant()));
    }

    @CommandHandler
    void handle(SubmitMediaResponse command, Clock clock) {
        requireDrafting();
        if (version == 0) {
            throw new RuleViolation(NO_DRAFT, number + " has no draft response to approve");
        }
        if (!pendingClarifications.isEmpty()) {
            throw new RuleViolation(CLARIFICATION_PENDING, number + " still waits for "
                    + pendingClarifications.keySet() + "; the response rests on their facts");
        }
        apply(new MediaResponseSubmitted(mediaIssueId, version, command.submittedBy(), clock.instant()));
    }

    @CommandHandler
    void handle(ApproveMediaResponse command, Clock clock) {
        requireAwaitingApproval(command.approvedBy());
        apply(new MediaResponseApproved(mediaIssueId, version, blankToNull(command.note()), command.approvedBy(),
                clock.instant()));
    }

    @CommandHandler
    void handle(RejectMediaResponse command, Clock clock) {
        requireAwaitingApproval(command.rejectedBy());
        apply(new MediaResponseRejected(mediaIssueId, version, command.reason().strip(), command.rejectedBy(),
                clock.instant()));
    }

    @CommandHandler
    void handle(RecordMediaPublication command, Clock clock, WorkingDayCalendar calendar) {
        requireOpen();
        if (status != MediaIssueStatus.DISETUJUI) {
            throw new RuleViolation(NOT_APPROVED, number + " is " + status + "; only an approved response goes out");
        }
        boolean late = responseDeadlineMissed
                || calendar.effectiveReceiptDate(command.publishedAt()).isAfter(responseDeadline.dueDate());
        apply(new MediaResponsePublished(mediaIssueId, version, command.where().strip(), command.publishedAt(),
                blankToNull(command.link()), command.recordedBy(), clock.instant(), late));
    }

    @CommandHandler
    void handle(NoteMonitoring command, Clock clock) {
        requireOpen();
        if (status != MediaIssueStatus.DIPANTAU) {
            throw new RuleViolation(NOT_PUBLISHED, number + " is " + status + "; monitoring follows publication");
        }
        apply(new MonitoringNoted(mediaIssueId, command.note().strip(), command.notedBy(), clock.instant()));
    }

    @CommandHandler
    void handle(CloseMediaIssue command, Clock clock) {
        requireOpen();
        if (status != MediaIssueStatus.DIPANTAU && status != MediaIssueStatus.DITRIASE) {
            throw new RuleViolation(NOT_CLOSABLE, number + " is " + status
                    + "; an issue closes after its response went out, or after triage when it needs none");
        }
        apply(new MediaIssueClosed(mediaIssueId, command.conclusion().strip(), status == MediaIssueStatus.DIPANTAU,
                command.closedBy(), clock.instant()));
    }

    // ------------------------------------------------------------------------------------ merging and referral

    /** Called by {@link MediaIssueMerging} on the issue that carries on, after checking the duplicate may merge. */
    void acceptDuplicate(MediaIssue duplicate, Instant now) {
        if (status.isFinal()) {
            throw new RuleViolation(ORIGINAL_NOT_OPEN,
                    number + " is " + status + "; a duplicate joins an issue still open");
        }
        duplicate.requireRedirectable();
        apply(new MediaDuplicateAttached(mediaIssueId, duplicate.mediaIssueId, duplicate.number, duplicate.source,
                now));
    }

    void mergeInto(MediaIssue original, OfficerId mergedBy, Instant now) {
        requireRedirectable();
        apply(new MediaIssueMerged(mediaIssueId, original.mediaIssueId, original.number, mergedBy, now));
    }

    /** What {@link MediaIssueReferral} registers the new case from, after checking that it may. */
    Referral referral() {
        requireRedirectable();
        return new Referral(number, source, triageDeadline.receivedAt());
    }

    void referredTo(ReferralKind kind, String caseId, String caseNumber, String explanation, OfficerId referredBy,
            Instant now) {
        apply(new MediaIssueReferred(mediaIssueId, kind, caseId, caseNumber, explanation, referredBy, now));
    }

    record Referral(MediaIssueNumber number, MediaSource source, Instant detectedAt) {
    }

    // ------------------------------------------------------------------------------------------------- handling

    @CommandHandler
    void handle(AssignMediaIssue command, Clock clock) {
        requireOpen();
        assignment.requireNewHandler(command.handler(), number);
        apply(new MediaIssueAssigned(mediaIssueId, command.handler(), blankToNull(command.note()),
                command.assignedBy(), clock.instant()));
    }

    // ------------------------------------------------------------------------------------------------ deadlines

    /** Records the clock that ran out: triage while untriaged, otherwise the response until it is out. */
    @CommandHandler
    void handle(RecordMediaDeadlineMissed command, Clock clock, WorkingDayCalendar calendar) {
        if (status.isFinal() || status == MediaIssueStatus.DIPANTAU) {
            return;
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), calendar.zone());
        boolean triage = status == MediaIssueStatus.TERDETEKSI;
        if (triage ? triageDeadlineMissed : responseDeadlineMissed) {
            return;
        }
        LocalDate due = (triage ? triageDeadline : responseDeadline).dueDate();
        if (!today.isAfter(due)) {
            throw new RuleViolation(DEADLINE_NOT_PASSED, "The deadline of " + due + " has not passed");
        }
        apply(new MediaDeadlineMissed(mediaIssueId,
                triage ? MediaDeadlineMissed.Stage.TRIASE : MediaDeadlineMissed.Stage.TANGGAPAN, due,
                clock.instant()));
    }

    // --------------------------------------------------------------------------------------------------- guards

    private void requireOpen() {
        if (status.isFinal()) {
            throw new RuleViolation(ISSUE_CLOSED, number + " is " + status + "; nothing more happens to it");
        }
    }

    private void requireTriaged() {
        requireOpen();
        if (status == MediaIssueStatus.TERDETEKSI) {
            throw new RuleViolation(NOT_TRIAGED, number + " has not been triaged yet");
        }
    }

    private void requireDrafting() {
        requireTriaged();
        if (!status.drafting()) {
            throw new RuleViolation(NOT_DRAFTING, number + " is " + status + "; its response is past drafting");
        }
    }

    private void requireAwaitingApproval(OfficerId approver) {
        requireOpen();
        if (status != MediaIssueStatus.MENUNGGU_PERSETUJUAN) {
            throw new RuleViolation(NOT_AWAITING_APPROVAL, number + " has no response waiting for approval");
        }
        if (approver.equals(lastDrafter)) {
            throw new RuleViolation(OWN_DRAFT, approver + " wrote this version; another officer decides on it");
        }
    }

    private void requireRedirectable() {
        requireOpen();
        if (status != MediaIssueStatus.TERDETEKSI && status != MediaIssueStatus.DITRIASE) {
            throw new RuleViolation(TOO_LATE_TO_REDIRECT, number + " is " + status
                    + "; it is merged or referred before a response is prepared");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    // ------------------------------------------------------------------------------------------- event sourcing

    @EventSourcingHandler
    void on(MediaIssueLogged event) {
        mediaIssueId = event.mediaIssueId();
        number = event.number();
        status = MediaIssueStatus.TERDETEKSI;
        source = event.source();
        triageDeadline = event.triageDeadline();
    }

    @EventSourcingHandler
    void on(MediaIssueTriaged event) {
        if (!event.responseDeadline().equals(responseDeadline)) {
            responseDeadlineMissed = false;
        }
        urgency = event.urgency();
        responseDeadline = event.responseDeadline();
        if (status == MediaIssueStatus.TERDETEKSI) {
            status = MediaIssueStatus.DITRIASE;
        }
    }

    @EventSourcingHandler
    void on(UnitClarificationRequested event) {
        pendingClarifications.put(event.unit(), event.dueAt());
        status = MediaIssueStatus.KLARIFIKASI_OPD;
    }

    @EventSourcingHandler
    void on(UnitClarificationReceived event) {
        pendingClarifications.remove(event.unit());
        if (status == MediaIssueStatus.KLARIFIKASI_OPD && pendingClarifications.isEmpty()) {
            status = version > 0 ? MediaIssueStatus.NARASI_DISUSUN : MediaIssueStatus.DITRIASE;
        }
    }

    @EventSourcingHandler
    void on(MediaResponseDrafted event) {
        version = event.version();
        lastDrafter = event.draftedBy();
        if (pendingClarifications.isEmpty()) {
            status = MediaIssueStatus.NARASI_DISUSUN;
        }
    }

    @EventSourcingHandler
    void on(MediaResponseSubmitted event) {
        status = MediaIssueStatus.MENUNGGU_PERSETUJUAN;
    }

    @EventSourcingHandler
    void on(MediaResponseApproved event) {
        status = MediaIssueStatus.DISETUJUI;
    }

    @EventSourcingHandler
    void on(MediaResponseRejected event) {
        status = MediaIssueStatus.NARASI_DISUSUN;
    }

    @EventSourcingHandler
    void on(MediaResponsePublished event) {
        status = MediaIssueStatus.DIPANTAU;
    }

    @EventSourcingHandler
    void on(MediaIssueClosed event) {
        status = MediaIssueStatus.SELESAI;
    }

    @EventSourcingHandler
    void on(MediaIssueMerged event) {
        status = MediaIssueStatus.DIGABUNG;
    }

    @EventSourcingHandler
    void on(MediaIssueReferred event) {
        status = event.kind() == ReferralKind.PENGADUAN ? MediaIssueStatus.DIALIHKAN_KE_PENGADUAN
                : MediaIssueStatus.DIALIHKAN_KE_PPID;
    }

    @EventSourcingHandler
    void on(MediaIssueAssigned event) {
        assignment.assigned(event.handler());
    }

    @EventSourcingHandler
    void on(MediaDeadlineMissed event) {
        if (event.stage() == MediaDeadlineMissed.Stage.TRIASE) {
            triageDeadlineMissed = true;
        } else {
            responseDeadlineMissed = true;
        }
    }
}

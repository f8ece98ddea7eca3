package id.go.cilegon.sigap.command.informationrequest;

import static id.go.cilegon.sigap.command.informationrequest.api.InformationRequestRules.AWAITING_CLARIFICATION;
import static id.go.cilegon.sigap.command.informationrequest.api.InformationRequestRules.CLARIFICATION_AFTER_DUE_DATE;
import static id.go.cilegon.sigap.command.informationrequest.api.InformationRequestRules.CLARIFICATION_AFTER_EXTENSION;
import static id.go.cilegon.sigap.command.informationrequest.api.InformationRequestRules.CLOSING_BEFORE_DELIVERY;
import static id.go.cilegon.sigap.command.informationrequest.api.InformationRequestRules.CLOSING_DURING_DISPUTE;
import static id.go.cilegon.sigap.command.informationrequest.api.InformationRequestRules.CLOSING_DURING_OBJECTION;
import static id.go.cilegon.sigap.command.informationrequest.api.InformationRequestRules.CLOSING_WITHOUT_NOTICE;
import static id.go.cilegon.sigap.command.informationrequest.api.InformationRequestRules.CONSEQUENCE_TEST_INCOMPLETE;
import static id.go.cilegon.sigap.command.informationrequest.api.InformationRequestRules.DATE_IN_THE_FUTURE;
import static id.go.cilegon.sigap.command.informationrequest.api.InformationRequestRules.DISPUTE_ALREADY_FILED;
import static id.go.cilegon.sigap.command.informationrequest.api.InformationRequestRules.DISPUTE_BEFORE_OBJECTION_ANSWER;
import static id.go.cilegon.sigap.command.informationrequest.api.InformationRequestRules.DISPUTE_OUTSIDE_WINDOW;
import static id.go.cilegon.sigap.command.informationrequest.api.InformationRequestRules.DISPUTE_STAGE_DATE_BEFORE_PREVIOUS;
import static id.go.cilegon.sigap.command.informationrequest.api.InformationRequestRules.DISPUTE_STAGE_NOT_ALLOWED;
import static id.go.cilegon.sigap.command.informationrequest.api.InformationRequestRules.DISPUTE_WITHOUT_OBJECTION;
import static id.go.cilegon.sigap.command.informationrequest.api.InformationRequestRules.DOCUMENT_ALREADY_RELEASED;
import static id.go.cilegon.sigap.command.informationrequest.api.InformationRequestRules.DOCUMENT_NOT_RELEASED;
import static id.go.cilegon.sigap.command.informationrequest.api.InformationRequestRules.DOCUMENT_WITHDRAWAL_REASON_MISSING;
import static id.go.cilegon.sigap.command.informationrequest.api.InformationRequestRules.EXEMPTION_GROUND_MISSING;
import static id.go.cilegon.sigap.command.informationrequest.api.InformationRequestRules.EXTENSION_AFTER_DUE_DATE;
import static id.go.cilegon.sigap.command.informationrequest.api.InformationRequestRules.EXTENSION_ALREADY_USED;
import static id.go.cilegon.sigap.command.informationrequest.api.InformationRequestRules.EXTENSION_REASON_MISSING;
import static id.go.cilegon.sigap.command.informationrequest.api.InformationRequestRules.GRANT_DETAILS_MISSING;
import static id.go.cilegon.sigap.command.informationrequest.api.InformationRequestRules.HOLDING_BODY_MISSING;
import static id.go.cilegon.sigap.command.informationrequest.api.InformationRequestRules.MAX_RELEASED_DOCUMENTS;
import static id.go.cilegon.sigap.command.informationrequest.api.InformationRequestRules.NOTHING_GRANTED_TO_RELEASE;
import static id.go.cilegon.sigap.command.informationrequest.api.InformationRequestRules.NOTHING_TO_DELIVER;
import static id.go.cilegon.sigap.command.informationrequest.api.InformationRequestRules.NOTICE_ALREADY_SENT;
import static id.go.cilegon.sigap.command.informationrequest.api.InformationRequestRules.NOTICE_CONTRADICTS_HOLDING;
import static id.go.cilegon.sigap.command.informationrequest.api.InformationRequestRules.NOTICE_DEADLINE_NOT_PASSED;
import static id.go.cilegon.sigap.command.informationrequest.api.InformationRequestRules.NO_CLARIFICATION_PENDING;
import static id.go.cilegon.sigap.command.informationrequest.api.InformationRequestRules.NO_DISPUTE;
import static id.go.cilegon.sigap.command.informationrequest.api.InformationRequestRules.NO_OPEN_OBJECTION;
import static id.go.cilegon.sigap.command.informationrequest.api.InformationRequestRules.OBJECTION_ALREADY_OPEN;
import static id.go.cilegon.sigap.command.informationrequest.api.InformationRequestRules.OBJECTION_ANSWER_DEADLINE_NOT_PASSED;
import static id.go.cilegon.sigap.command.informationrequest.api.InformationRequestRules.OBJECTION_GROUND_NOT_AVAILABLE;
import static id.go.cilegon.sigap.command.informationrequest.api.InformationRequestRules.OBJECTION_OUTSIDE_WINDOW;
import static id.go.cilegon.sigap.command.informationrequest.api.InformationRequestRules.OBJECTION_REJECTION_WITHOUT_REASONS;
import static id.go.cilegon.sigap.command.informationrequest.api.InformationRequestRules.REDACTION_IN_FULL_GRANT;
import static id.go.cilegon.sigap.command.informationrequest.api.InformationRequestRules.REQUEST_CLOSED;
import static id.go.cilegon.sigap.command.informationrequest.api.InformationRequestRules.REQUEST_WITHDRAWN;
import static id.go.cilegon.sigap.command.informationrequest.api.InformationRequestRules.SETTLEMENT_NOT_AVAILABLE;
import static id.go.cilegon.sigap.command.informationrequest.api.InformationRequestRules.TOO_MANY_DOCUMENTS;
import static id.go.cilegon.sigap.command.informationrequest.api.InformationRequestRules.UNIT_NOT_ASSIGNED;
import static id.go.cilegon.sigap.command.informationrequest.api.InformationRequestRules.WITHDRAWAL_AFTER_CLOSING;
import static id.go.cilegon.sigap.command.informationrequest.api.InformationRequestRules.WITHDRAWAL_AFTER_OBJECTION;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import id.go.cilegon.sigap.command.informationrequest.api.AnswerObjection;
import id.go.cilegon.sigap.command.informationrequest.api.AssignInformationRequest;
import id.go.cilegon.sigap.command.informationrequest.api.ClarificationPolicy;
import id.go.cilegon.sigap.command.informationrequest.api.ClarificationProvided;
import id.go.cilegon.sigap.command.informationrequest.api.ClarificationRequested;
import id.go.cilegon.sigap.command.informationrequest.api.CloseInformationRequest;
import id.go.cilegon.sigap.command.informationrequest.api.DisputeFiled;
import id.go.cilegon.sigap.command.informationrequest.api.DisputeStage;
import id.go.cilegon.sigap.command.informationrequest.api.DisputeStageRecorded;
import id.go.cilegon.sigap.command.informationrequest.api.DocumentReleased;
import id.go.cilegon.sigap.command.informationrequest.api.EscalateInformationRequest;
import id.go.cilegon.sigap.command.informationrequest.api.ExtendNoticeDeadline;
import id.go.cilegon.sigap.command.informationrequest.api.FileObjection;
import id.go.cilegon.sigap.command.informationrequest.api.ForwardInformationRequest;
import id.go.cilegon.sigap.command.informationrequest.api.InformationDelivered;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestAssigned;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestClosed;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestEscalated;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestForwarded;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestId;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestRegistered;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestRules;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestStatus;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestWithdrawn;
import id.go.cilegon.sigap.command.informationrequest.api.KipDeadlines;
import id.go.cilegon.sigap.command.informationrequest.api.NoticeDeadlineExtended;
import id.go.cilegon.sigap.command.informationrequest.api.NoticeDeadlineMissed;
import id.go.cilegon.sigap.command.informationrequest.api.NoticeDecision;
import id.go.cilegon.sigap.command.informationrequest.api.ObjectionAnswerDeadlineMissed;
import id.go.cilegon.sigap.command.informationrequest.api.ObjectionAnswered;
import id.go.cilegon.sigap.command.informationrequest.api.ObjectionFiled;
import id.go.cilegon.sigap.command.informationrequest.api.ObjectionGround;
import id.go.cilegon.sigap.command.informationrequest.api.ObjectionGrounds;
import id.go.cilegon.sigap.command.informationrequest.api.ObjectionNumber;
import id.go.cilegon.sigap.command.informationrequest.api.ObjectionOutcome;
import id.go.cilegon.sigap.command.informationrequest.api.ProvideClarification;
import id.go.cilegon.sigap.command.informationrequest.api.RecordDelivery;
import id.go.cilegon.sigap.command.informationrequest.api.RecordDisputeFiled;
import id.go.cilegon.sigap.command.informationrequest.api.RecordDisputeStage;
import id.go.cilegon.sigap.command.informationrequest.api.RecordNoticeDeadlineMissed;
import id.go.cilegon.sigap.command.informationrequest.api.RecordObjectionAnswerDeadlineMissed;
import id.go.cilegon.sigap.command.informationrequest.api.RecordUnitInput;
import id.go.cilegon.sigap.command.informationrequest.api.RegisterInformationRequest;
import id.go.cilegon.sigap.command.informationrequest.api.RegistrationNumber;
import id.go.cilegon.sigap.command.informationrequest.api.ReleaseDocument;
import id.go.cilegon.sigap.command.informationrequest.api.ReleasedDocumentWithdrawn;
import id.go.cilegon.sigap.command.informationrequest.api.RequestClarification;
import id.go.cilegon.sigap.command.informationrequest.api.SendWrittenNotice;
import id.go.cilegon.sigap.command.informationrequest.api.UnitInputRecorded;
import id.go.cilegon.sigap.command.informationrequest.api.WithdrawInformationRequest;
import id.go.cilegon.sigap.command.informationrequest.api.WithdrawReleasedDocument;
import id.go.cilegon.sigap.command.informationrequest.api.WrittenNotice;
import id.go.cilegon.sigap.command.informationrequest.api.WrittenNoticeSent;
import id.go.cilegon.sigap.command.shared.api.RegisterSequence;
import id.go.cilegon.sigap.command.shared.api.RuleViolation;
import id.go.cilegon.sigap.command.shared.api.UnitId;
import id.go.cilegon.sigap.command.shared.api.calendar.Deadline;
import id.go.cilegon.sigap.command.shared.calendar.WorkingDayCalendar;
import id.go.cilegon.sigap.command.shared.handling.CaseHandling;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A request for public information under UU 14/2008, from receipt to its close, with its <i>keberatan</i> and
 * <i>sengketa</i>. They live in one aggregate because their rules cross: a keberatan's ground depends on the notice
 * and its timing, delivery is owed again when the Atasan overturns a refusal, and the request cannot close while
 * the Atasan or the Komisi Informasi still has the case (ADR 0006). Registration happens in
 * {@link InformationRequestRegistration}, which issues the number first.
 *
 * <p>The PPID owns the statutory clock: the written notice is due 10 hari kerja after receipt (Pasal 22(7)), once
 * extendable by 7 (22(8)). Every clock is counted with the {@link WorkingDayCalendar} and kept in the events as a
 * {@link Deadline}; "today" is the office's date from the injected {@link Clock}. Refusals are
 * {@link RuleViolation}s with the codes of {@code InformationRequestRules}.
 *
 * <p>Fields are visible to Jackson because the snapshot of this aggregate is written with the event serializer.
 */
@Aggregate(snapshotTriggerDefinition = "informationRequestSnapshotTrigger")
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
public class InformationRequest {

    @AggregateIdentifier
    private InformationRequestId requestId;
    private InformationRequestStatus status;
    private Deadline noticeDeadline;
    private boolean extended;
    private Instant clarificationRequestedAt;
    private InformationRequestStatus statusBeforeClarification;
    private UnitId unit;
    private NoticeDecision decision;
    private Instant noticeSentAt;
    private boolean noticeLate;
    private boolean noticeChargesSomething;
    private boolean noticeDeadlineMissed;
    /** Information was granted (by the notice or by an upheld keberatan) and not yet handed over. */
    private boolean deliveryOwed;
    private Instant lastDeliveredAt;
    /** The names of the files released and not withdrawn, by id. */
    private final Map<String, String> releasedDocuments = new HashMap<>();
    /** The latest keberatan; an earlier one is answered and no rule looks back at it. */
    private Objection objection;
    /** The sengketa of a keberatan, the latest one filed. */
    private Dispute dispute;
    private CaseHandling assignment = new CaseHandling();

    protected InformationRequest() {
        // Axon rebuilds the aggregate from an empty instance and its events.
    }

    InformationRequest(RegisterInformationRequest command, RegistrationNumber number, Deadline noticeDeadline) {
        apply(new InformationRequestRegistered(
                command.requestId(),
                number,
                command.channel(),
                command.receivedAt(),
                command.requester(),
                command.informationRequested(),
                command.purpose(),
                command.obtainMethod(),
                command.deliveryMethod(),
                command.trackingCodeHash(),
                noticeDeadline,
                command.proxy()));
    }

    // ------------------------------------------------------------------------------------------- kelengkapan

    @CommandHandler
    void handle(RequestClarification command, Clock clock, WorkingDayCalendar calendar) {
        requireNotWithdrawn();
        requireNoNotice();
        requireNotAwaitingClarification();
        if (extended) {
            throw new RuleViolation(CLARIFICATION_AFTER_EXTENSION,
                    "The notice deadline of " + requestId + " was extended; a clarification comes before that");
        }
        if (today(clock, calendar).isAfter(noticeDeadline.dueDate())) {
            throw new RuleViolation(CLARIFICATION_AFTER_DUE_DATE,
                    "The notice for " + requestId + " was due " + noticeDeadline.dueDate()
                            + "; a clarification cannot stop a clock that has run out");
        }
        apply(new ClarificationRequested(requestId, command.reason(), command.requestedBy(), clock.instant()));
    }

    @CommandHandler
    void handle(ProvideClarification command, Clock clock, WorkingDayCalendar calendar, ClarificationPolicy policy) {
        requireNotWithdrawn();
        if (status != InformationRequestStatus.MENUNGGU_KELENGKAPAN) {
            throw new RuleViolation(NO_CLARIFICATION_PENDING,
                    "Nothing was asked of the requester of " + requestId);
        }
        Instant now = clock.instant();
        Deadline resumed = switch (policy) {
            case PAUSE -> movedByTheWait(now, calendar);
            case RESTART -> calendar.workingDaysAfter(now, KipDeadlines.NOTICE);
        };
        apply(new ClarificationProvided(requestId, command.answer(), command.channel(), command.enteredBy(), now,
                policy, resumed, statusBeforeClarification));
    }

    /**
     * The notice deadline moved by the hari kerja the case waited: those after the day the question counts as
     * sent, up to and including the day the answer counts as received. The answer's day is not the PPID's, just
     * as the day of receipt is not, so a question and its answer on the same day move nothing.
     */
    private Deadline movedByTheWait(Instant answeredAt, WorkingDayCalendar calendar) {
        int waited = calendar.workingDaysUntil(calendar.effectiveReceiptDate(clarificationRequestedAt),
                calendar.effectiveReceiptDate(answeredAt));
        return waited > 0 ? calendar.extend(noticeDeadline, waited) : noticeDeadline;
    }

    // ------------------------------------------------------------------------------------------------ routing

    /** Forwarding to the unit that already has the request changes nothing. */
    @CommandHandler
    void handle(ForwardInformationRequest command, Clock clock) {
        requireNotWithdrawn();
        requireNoNotice();
        requireNotAwaitingClarification();
        if (command.unit().equals(unit)) {
            return;
        }
        apply(new InformationRequestForwarded(requestId, command.unit(), command.instruction(),
                command.forwardedBy(), clock.instant()));
    }

    @CommandHandler
    void handle(RecordUnitInput command, Clock clock) {
        requireNotWithdrawn();
        requireNoNotice();
        if (!command.unit().equals(unit)) {
            throw new RuleViolation(UNIT_NOT_ASSIGNED, requestId + " was forwarded to "
                    + (unit == null ? "no unit" : unit) + ", not to " + command.unit());
        }
        apply(new UnitInputRecorded(requestId, command.unit(), command.input(), command.recordedBy(),
                clock.instant()));
    }

    // ----------------------------------------------------------------------------------------------- handling

    @CommandHandler
    void handle(AssignInformationRequest command, Clock clock) {
        requireNotFinished();
        assignment.requireNewHandler(command.handler(), requestId);
        apply(new InformationRequestAssigned(requestId, command.handler(), blankToNull(command.note()),
                command.assignedBy(), clock.instant()));
    }

    @CommandHandler
    void handle(EscalateInformationRequest command, Clock clock) {
        requireNotFinished();
        assignment.requireNotEscalated(requestId);
        apply(new InformationRequestEscalated(requestId, command.reason().strip(), command.escalatedBy(),
                clock.instant()));
    }

    private void requireNotFinished() {
        if (status == InformationRequestStatus.SELESAI || status == InformationRequestStatus.DIBATALKAN) {
            throw new RuleViolation(REQUEST_CLOSED, requestId + " is " + status + "; nobody handles it any more");
        }
    }

    // ---------------------------------------------------------------------------------------------- extension

    @CommandHandler
    void handle(ExtendNoticeDeadline command, Clock clock, WorkingDayCalendar calendar) {
        requireNotWithdrawn();
        requireNoNotice();
        requireNotAwaitingClarification();
        if (extended) {
            throw new RuleViolation(EXTENSION_ALREADY_USED,
                    "The notice deadline of " + requestId + " was already extended once");
        }
        if (isBlank(command.reason())) {
            throw new RuleViolation(EXTENSION_REASON_MISSING, "An extension needs written reasons");
        }
        if (today(clock, calendar).isAfter(noticeDeadline.dueDate())) {
            throw new RuleViolation(EXTENSION_AFTER_DUE_DATE,
                    "The notice for " + requestId + " was due " + noticeDeadline.dueDate()
                            + "; an extension must be given by then");
        }
        apply(new NoticeDeadlineExtended(requestId, command.reason(), command.extendedBy(), clock.instant(),
                calendar.extend(noticeDeadline, KipDeadlines.EXTENSION)));
    }

    // ------------------------------------------------------------------------------------------------- notice

    /** A late notice is still sent; the event says it was late. */
    @CommandHandler
    void handle(SendWrittenNotice command, Clock clock, WorkingDayCalendar calendar) {
        requireNotWithdrawn();
        requireNoNotice();
        requireNotAwaitingClarification();
        requireLawfulContent(command.notice());
        LocalDate due = noticeDeadline.dueDate();
        apply(new WrittenNoticeSent(requestId, command.notice(), command.sentBy(), clock.instant(), due,
                today(clock, calendar).isAfter(due)));
    }

    /** What UU KIP Pasal 19 and 22(7) require the notice to contain, for its decision. */
    private static void requireLawfulContent(WrittenNotice notice) {
        NoticeDecision decision = notice.decision();
        if (decision.restsOnExemption()) {
            if (notice.exemptionGrounds().isEmpty()) {
                throw new RuleViolation(EXEMPTION_GROUND_MISSING,
                        decision + " must name the Pasal 17 exemption it rests on");
            }
            if (notice.consequenceTest() == null || !notice.consequenceTest().coversEveryElement()) {
                throw new RuleViolation(CONSEQUENCE_TEST_INCOMPLETE, decision
                        + " needs a consequence test with documents, law, analysis and exemption period");
            }
        }
        boolean consistent = switch (decision) {
            case DIKABULKAN_SELURUHNYA, DIKABULKAN_SEBAGIAN, DITOLAK_DIKECUALIKAN -> notice.informationHeld();
            case DITOLAK_BELUM_DIKUASAI, TIDAK_DIKUASAI_DIARAHKAN -> !notice.informationHeld();
            case DITOLAK_BELUM_DIDOKUMENTASIKAN -> true;
        };
        if (!consistent) {
            throw new RuleViolation(NOTICE_CONTRADICTS_HOLDING, decision + " contradicts information held: "
                    + notice.informationHeld());
        }
        if (decision == NoticeDecision.TIDAK_DIKUASAI_DIARAHKAN && isBlank(notice.holdingBody())) {
            throw new RuleViolation(HOLDING_BODY_MISSING,
                    "Pointing the requester elsewhere needs the body that holds the information");
        }
        if (decision.grantsInformation() && (isBlank(notice.informationGiven()) || notice.obtainMethod() == null
                || notice.deliveryMethod() == null || notice.cost() == null)) {
            throw new RuleViolation(GRANT_DETAILS_MISSING,
                    "A grant says what is given, in what form, how it is delivered and what it costs");
        }
        if (decision == NoticeDecision.DIKABULKAN_SELURUHNYA && !notice.redactions().isEmpty()) {
            throw new RuleViolation(REDACTION_IN_FULL_GRANT,
                    "Blacking out material makes the decision DIKABULKAN_SEBAGIAN");
        }
    }

    // -------------------------------------------------------------------------------------- delivery and close

    @CommandHandler
    void handle(RecordDelivery command, Clock clock) {
        requireNotWithdrawn();
        if (!deliveryOwed) {
            throw new RuleViolation(NOTHING_TO_DELIVER, "No granted information of " + requestId
                    + " waits to be handed over");
        }
        Instant now = clock.instant();
        if (command.deliveredAt().isAfter(now)) {
            throw new RuleViolation(DATE_IN_THE_FUTURE, "Delivered at " + command.deliveredAt()
                    + " is after now");
        }
        apply(new InformationDelivered(requestId, command.deliveredAt(), command.method(), command.receivedBy(),
                command.recordedBy(), now));
    }

    /**
     * A file of granted information for the requester to download: after a notice that grants, while the request
     * stands, at most {@link InformationRequestRules#MAX_RELEASED_DOCUMENTS} at a time, each file once.
     */
    @CommandHandler
    void handle(ReleaseDocument command, Clock clock) {
        if (status == InformationRequestStatus.DIBATALKAN || decision == null || !decision.grantsInformation()) {
            throw new RuleViolation(NOTHING_GRANTED_TO_RELEASE, requestId + " has no granted information to release"
                    + " (decision " + decision + ", status " + status + ")");
        }
        if (releasedDocuments.containsKey(command.document().documentId())) {
            throw new RuleViolation(DOCUMENT_ALREADY_RELEASED, command.document().documentId()
                    + " is released already");
        }
        if (releasedDocuments.size() >= MAX_RELEASED_DOCUMENTS) {
            throw new RuleViolation(TOO_MANY_DOCUMENTS, requestId + " has " + releasedDocuments.size()
                    + " files released");
        }
        apply(new DocumentReleased(requestId, command.document(), command.releasedBy(), clock.instant()));
    }

    @CommandHandler
    void handle(WithdrawReleasedDocument command, Clock clock) {
        if (!releasedDocuments.containsKey(command.documentId())) {
            throw new RuleViolation(DOCUMENT_NOT_RELEASED, command.documentId() + " is not released in "
                    + requestId);
        }
        if (isBlank(command.reason())) {
            throw new RuleViolation(DOCUMENT_WITHDRAWAL_REASON_MISSING, "Taking a file back needs the reason");
        }
        apply(new ReleasedDocumentWithdrawn(requestId, command.documentId(),
                releasedDocuments.get(command.documentId()), command.reason().strip(), command.withdrawnBy(),
                clock.instant()));
    }

    /** Closing a closed request changes nothing. */
    @CommandHandler
    void handle(CloseInformationRequest command, Clock clock) {
        requireNotWithdrawn();
        if (status == InformationRequestStatus.SELESAI) {
            return;
        }
        if (decision == null) {
            throw new RuleViolation(CLOSING_WITHOUT_NOTICE, requestId + " has no written notice yet");
        }
        if (deliveryOwed) {
            throw new RuleViolation(CLOSING_BEFORE_DELIVERY, "Granted information of " + requestId
                    + " has not been handed over");
        }
        if (objection != null && objection.open()) {
            throw new RuleViolation(CLOSING_DURING_OBJECTION, "Keberatan " + objection.number()
                    + " waits for the Atasan's answer");
        }
        if (dispute != null && dispute.inProgress()) {
            throw new RuleViolation(CLOSING_DURING_DISPUTE, "The sengketa of " + requestId + " is at stage "
                    + dispute.stage());
        }
        apply(new InformationRequestClosed(requestId, command.closedBy(), clock.instant()));
    }

    /** Withdrawing a withdrawn request changes nothing. */
    @CommandHandler
    void handle(WithdrawInformationRequest command, Clock clock) {
        if (status == InformationRequestStatus.DIBATALKAN) {
            return;
        }
        if (status == InformationRequestStatus.SELESAI) {
            throw new RuleViolation(WITHDRAWAL_AFTER_CLOSING, requestId + " is already closed");
        }
        if (objection != null) {
            throw new RuleViolation(WITHDRAWAL_AFTER_OBJECTION, requestId + " went to the Atasan as keberatan "
                    + objection.number());
        }
        apply(new InformationRequestWithdrawn(requestId, command.reason(), command.channel(), command.enteredBy(),
                clock.instant()));
    }

    // ------------------------------------------------------------------------------------------------- breach

    /**
     * Records the breach once. There is nothing to record when a notice was sent (on time or late; a late one
     * says so itself), while the clock waits for the requester, or after withdrawal: the scheduler may ask
     * again and again, and only a request sent before the due date has passed is an error.
     */
    @CommandHandler
    void handle(RecordNoticeDeadlineMissed command, Clock clock, WorkingDayCalendar calendar) {
        if (decision != null || noticeDeadlineMissed || status == InformationRequestStatus.DIBATALKAN
                || status == InformationRequestStatus.MENUNGGU_KELENGKAPAN) {
            return;
        }
        LocalDate due = noticeDeadline.dueDate();
        if (!today(clock, calendar).isAfter(due)) {
            throw new RuleViolation(NOTICE_DEADLINE_NOT_PASSED, "The notice for " + requestId + " is due " + due);
        }
        apply(new NoticeDeadlineMissed(requestId, due, clock.instant()));
    }

    // ---------------------------------------------------------------------------------------------- keberatan

    /** The number is taken only once every rule has passed, so a refused keberatan leaves no gap in the register. */
    @CommandHandler
    void handle(FileObjection command, Clock clock, WorkingDayCalendar calendar, RegisterSequence registers) {
        requireNotWithdrawn();
        if (objection != null && objection.open()) {
            throw new RuleViolation(OBJECTION_ALREADY_OPEN, "Keberatan " + objection.number()
                    + " is still waiting for the Atasan's answer");
        }
        Instant now = clock.instant();
        Instant groundArose = groundArose(command.ground(), today(clock, calendar), calendar.zone()).orElseThrow(() ->
                new RuleViolation(OBJECTION_GROUND_NOT_AVAILABLE, "Ground " + command.ground()
                        + " has not arisen for " + requestId));
        Deadline window = calendar.workingDaysAfter(groundArose, KipDeadlines.OBJECTION_WINDOW);
        LocalDate received = calendar.effectiveReceiptDate(now);
        if (received.isAfter(window.dueDate())) {
            throw new RuleViolation(OBJECTION_OUTSIDE_WINDOW, "A keberatan on " + command.ground()
                    + " was due by " + window.dueDate());
        }
        ObjectionNumber number = ObjectionNumber.of(received.getYear(),
                registers.next(ObjectionNumber.REGISTER, received.getYear()));
        apply(new ObjectionFiled(requestId, number, command.ground(), command.caseSummary(), command.proxy(),
                command.channel(), command.enteredBy(), now, LocalDate.ofInstant(groundArose, calendar.zone()),
                calendar.workingDaysAfter(now, KipDeadlines.OBJECTION_ANSWER)));
    }

    /**
     * When the ground arose in this case, if it did ({@link ObjectionGrounds}). "Not answered in time" needs no
     * recorded breach here: past the due date without a notice (and not waiting for the requester) is enough.
     */
    private Optional<Instant> groundArose(ObjectionGround ground, LocalDate today, ZoneId zone) {
        boolean notAnsweredInTime = noticeLate || noticeDeadlineMissed
                || (decision == null && status != InformationRequestStatus.MENUNGGU_KELENGKAPAN
                        && today.isAfter(noticeDeadline.dueDate()));
        return new ObjectionGrounds(decision, noticeSentAt, noticeChargesSomething, notAnsweredInTime, noticeLate,
                noticeDeadline.dueDate().atStartOfDay(zone).toInstant(), lastDeliveredAt).arose(ground);
    }

    @CommandHandler
    void handle(AnswerObjection command, Clock clock, WorkingDayCalendar calendar) {
        if (objection == null || !objection.open()) {
            throw new RuleViolation(NO_OPEN_OBJECTION, "No keberatan of " + requestId + " waits for an answer");
        }
        if (command.outcome() == ObjectionOutcome.REJECTED && isBlank(command.reasons())) {
            throw new RuleViolation(OBJECTION_REJECTION_WITHOUT_REASONS,
                    "Upholding the PPID's decision needs written reasons");
        }
        if (command.outcome() == ObjectionOutcome.SETTLED_BY_AGREEMENT && !objection.ground().settleableByAgreement()) {
            throw new RuleViolation(SETTLEMENT_NOT_AVAILABLE, "A keberatan on " + objection.ground()
                    + " cannot be settled by agreement");
        }
        Instant now = clock.instant();
        apply(new ObjectionAnswered(requestId, objection.number(), command.outcome(), command.reasons(),
                command.answeredBy(), now, today(clock, calendar).isAfter(objection.answerDeadline().dueDate()),
                calendar.workingDaysAfter(now, KipDeadlines.DISPUTE_WINDOW)));
    }

    /** Same pattern as the notice deadline: recorded once, nothing to record once answered. */
    @CommandHandler
    void handle(RecordObjectionAnswerDeadlineMissed command, Clock clock, WorkingDayCalendar calendar) {
        if (objection == null) {
            throw new RuleViolation(NO_OPEN_OBJECTION, requestId + " has no keberatan");
        }
        if (!objection.open() || objection.answerDeadlineMissed()) {
            return;
        }
        LocalDate due = objection.answerDeadline().dueDate();
        if (!today(clock, calendar).isAfter(due)) {
            throw new RuleViolation(OBJECTION_ANSWER_DEADLINE_NOT_PASSED, "The Atasan's answer to keberatan "
                    + objection.number() + " is due " + due);
        }
        apply(new ObjectionAnswerDeadlineMissed(requestId, objection.number(), due,
                lapseDisputeWindow(calendar), clock.instant()));
    }

    /** Pasal 37(2) as practised when the Atasan never answers: 14 hari kerja after the answer's due date. */
    private Deadline lapseDisputeWindow(WorkingDayCalendar calendar) {
        LocalDate due = objection.answerDeadline().dueDate();
        return calendar.workingDaysAfter(due.atStartOfDay(calendar.zone()).toInstant(), KipDeadlines.DISPUTE_WINDOW);
    }

    // ----------------------------------------------------------------------------------------------- sengketa

    /**
     * The sengketa may follow the Atasan's answer, or the lapse of the Atasan's deadline, each within 14 hari
     * kerja. When the Atasan answered late, a filing date that fits either window is accepted, since the late
     * answer does not take away the right the lapse gave; an answer on time leaves only its own window.
     */
    @CommandHandler
    void handle(RecordDisputeFiled command, Clock clock, WorkingDayCalendar calendar) {
        if (objection == null) {
            throw new RuleViolation(DISPUTE_WITHOUT_OBJECTION, requestId + " has no keberatan");
        }
        if (objection.disputeFiled() || (dispute != null && dispute.inProgress())) {
            throw new RuleViolation(DISPUTE_ALREADY_FILED, "A sengketa of " + requestId + " was already filed");
        }
        LocalDate filedOn = command.filedOn();
        requireNotInTheFuture(filedOn, clock, calendar);
        LocalDate answerDue = objection.answerDeadline().dueDate();
        LocalDate answeredOn = objection.answeredAt() == null ? null
                : LocalDate.ofInstant(objection.answeredAt(), calendar.zone());
        boolean lapsed = answeredOn == null || answeredOn.isAfter(answerDue);
        boolean afterLapse = lapsed && filedOn.isAfter(answerDue);
        boolean afterAnswer = answeredOn != null && !filedOn.isBefore(answeredOn);
        if (!afterLapse && !afterAnswer) {
            throw new RuleViolation(DISPUTE_BEFORE_OBJECTION_ANSWER, "Keberatan " + objection.number()
                    + " was not answered by " + filedOn + " and the Atasan had until " + answerDue);
        }
        boolean inWindow = (afterAnswer && !filedOn.isAfter(objection.disputeWindow().dueDate()))
                || (afterLapse && !filedOn.isAfter(lapseDisputeWindow(calendar).dueDate()));
        if (!inWindow) {
            throw new RuleViolation(DISPUTE_OUTSIDE_WINDOW, "A sengketa filed on " + filedOn
                    + " is more than 14 hari kerja after the Atasan's answer");
        }
        apply(new DisputeFiled(requestId, objection.number(), command.commission(), command.caseNumber(), filedOn,
                command.recordedBy(), clock.instant()));
    }

    @CommandHandler
    void handle(RecordDisputeStage command, Clock clock, WorkingDayCalendar calendar) {
        if (dispute == null) {
            throw new RuleViolation(NO_DISPUTE, requestId + " has no sengketa");
        }
        requireNotInTheFuture(command.reachedOn(), clock, calendar);
        if (!dispute.stage().next().contains(command.stage())) {
            throw new RuleViolation(DISPUTE_STAGE_NOT_ALLOWED, "A sengketa at " + dispute.stage()
                    + " moves to one of " + dispute.stage().next() + ", not to " + command.stage());
        }
        if (command.reachedOn().isBefore(dispute.since())) {
            throw new RuleViolation(DISPUTE_STAGE_DATE_BEFORE_PREVIOUS, command.stage() + " on "
                    + command.reachedOn() + " is before " + dispute.stage() + " on " + dispute.since());
        }
        apply(new DisputeStageRecorded(requestId, command.stage(), command.reachedOn(), command.outcome(),
                command.recordedBy(), clock.instant()));
    }

    // --------------------------------------------------------------------------------------------- the rules

    private void requireNotWithdrawn() {
        if (status == InformationRequestStatus.DIBATALKAN) {
            throw new RuleViolation(REQUEST_WITHDRAWN, requestId + " was withdrawn by the requester");
        }
    }

    private void requireNoNotice() {
        if (decision != null) {
            throw new RuleViolation(NOTICE_ALREADY_SENT, "The written notice of " + requestId
                    + " was sent: " + decision);
        }
    }

    private void requireNotAwaitingClarification() {
        if (status == InformationRequestStatus.MENUNGGU_KELENGKAPAN) {
            throw new RuleViolation(AWAITING_CLARIFICATION, requestId + " waits for the requester's clarification");
        }
    }

    private static void requireNotInTheFuture(LocalDate date, Clock clock, WorkingDayCalendar calendar) {
        if (date.isAfter(today(clock, calendar))) {
            throw new RuleViolation(DATE_IN_THE_FUTURE, date + " is after today");
        }
    }

    /** Today on the office's calendar: a notice at 23:00 WIB belongs to that day, not to the UTC date. */
    private static LocalDate today(Clock clock, WorkingDayCalendar calendar) {
        return LocalDate.ofInstant(clock.instant(), calendar.zone());
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static String blankToNull(String text) {
        return isBlank(text) ? null : text.strip();
    }

    // ------------------------------------------------------------------------------------------------ history

    @EventSourcingHandler
    void on(InformationRequestRegistered event) {
        requestId = event.requestId();
        status = InformationRequestStatus.DITERIMA;
        noticeDeadline = event.noticeDeadline();
    }

    @EventSourcingHandler
    void on(ClarificationRequested event) {
        statusBeforeClarification = status;
        clarificationRequestedAt = event.requestedAt();
        status = InformationRequestStatus.MENUNGGU_KELENGKAPAN;
    }

    @EventSourcingHandler
    void on(ClarificationProvided event) {
        noticeDeadline = event.noticeDeadline();
        status = event.resumedStatus();
        clarificationRequestedAt = null;
        statusBeforeClarification = null;
    }

    @EventSourcingHandler
    void on(InformationRequestForwarded event) {
        unit = event.unit();
        status = InformationRequestStatus.DIPROSES;
    }

    @EventSourcingHandler
    void on(NoticeDeadlineExtended event) {
        extended = true;
        noticeDeadline = event.noticeDeadline();
        status = InformationRequestStatus.DIPERPANJANG;
    }

    @EventSourcingHandler
    void on(WrittenNoticeSent event) {
        decision = event.notice().decision();
        noticeSentAt = event.sentAt();
        noticeLate = event.late();
        noticeChargesSomething = event.notice().cost() != null && event.notice().cost().chargesSomething();
        deliveryOwed = decision.grantsInformation();
        status = decision.status();
    }

    @EventSourcingHandler
    void on(InformationDelivered event) {
        deliveryOwed = false;
        lastDeliveredAt = event.deliveredAt();
        status = InformationRequestStatus.INFORMASI_DISERAHKAN;
    }

    @EventSourcingHandler
    void on(DocumentReleased event) {
        releasedDocuments.put(event.document().documentId(), event.document().fileName());
    }

    @EventSourcingHandler
    void on(ReleasedDocumentWithdrawn event) {
        releasedDocuments.remove(event.documentId());
    }

    @EventSourcingHandler
    void on(InformationRequestClosed event) {
        status = InformationRequestStatus.SELESAI;
    }

    @EventSourcingHandler
    void on(InformationRequestWithdrawn event) {
        status = InformationRequestStatus.DIBATALKAN;
    }

    @EventSourcingHandler
    void on(NoticeDeadlineMissed event) {
        noticeDeadlineMissed = true;
    }

    @EventSourcingHandler
    void on(ObjectionFiled event) {
        objection = new Objection(event.objectionNumber(), event.ground(), event.answerDeadline());
        status = InformationRequestStatus.KEBERATAN_DIAJUKAN;
    }

    @EventSourcingHandler
    void on(ObjectionAnswered event) {
        objection.answered(event.outcome(), event.answeredAt(), event.disputeWindow());
        if (event.outcome() == ObjectionOutcome.UPHELD && objection.ground().upheldReleasesInformation()) {
            deliveryOwed = true;
        }
        status = event.outcome().status();
    }

    @EventSourcingHandler
    void on(ObjectionAnswerDeadlineMissed event) {
        objection.answerDeadlineWasMissed();
    }

    @EventSourcingHandler
    void on(DisputeFiled event) {
        objection.disputeWasFiled();
        dispute = new Dispute(DisputeStage.DIDAFTARKAN_KI, event.filedOn());
        status = InformationRequestStatus.SENGKETA_DIAJUKAN;
    }

    @EventSourcingHandler
    void on(InformationRequestAssigned event) {
        assignment.assigned(event.handler());
    }

    @EventSourcingHandler
    void on(InformationRequestEscalated event) {
        assignment.escalated();
    }

    @EventSourcingHandler
    void on(DisputeStageRecorded event) {
        dispute.reached(event.stage(), event.reachedOn());
    }
}

package id.go.cilegon.sigap.command.complaint;

import static id.go.cilegon.sigap.command.complaint.api.ComplaintRules.ALREADY_ANSWERED;
import static id.go.cilegon.sigap.command.complaint.api.ComplaintRules.ALREADY_DISPOSED;
import static id.go.cilegon.sigap.command.complaint.api.ComplaintRules.ANONYMOUS_CONVERSION;
import static id.go.cilegon.sigap.command.complaint.api.ComplaintRules.AWAITING_COMPLAINANT;
import static id.go.cilegon.sigap.command.complaint.api.ComplaintRules.COMMENT_MISSING;
import static id.go.cilegon.sigap.command.complaint.api.ComplaintRules.COMPLAINT_CLOSED;
import static id.go.cilegon.sigap.command.complaint.api.ComplaintRules.DEADLINE_NOT_PASSED;
import static id.go.cilegon.sigap.command.complaint.api.ComplaintRules.FEEDBACK_PERIOD_NOT_OVER;
import static id.go.cilegon.sigap.command.complaint.api.ComplaintRules.NOT_DISPOSABLE;
import static id.go.cilegon.sigap.command.complaint.api.ComplaintRules.NOT_IN_VERIFICATION;
import static id.go.cilegon.sigap.command.complaint.api.ComplaintRules.NO_ANSWER_TO_RATE;
import static id.go.cilegon.sigap.command.complaint.api.ComplaintRules.NO_PENDING_DISPOSITION;
import static id.go.cilegon.sigap.command.complaint.api.ComplaintRules.NO_QUESTION_PENDING;
import static id.go.cilegon.sigap.command.complaint.api.ComplaintRules.ORIGINAL_NOT_OPEN;
import static id.go.cilegon.sigap.command.complaint.api.ComplaintRules.RATING_OUT_OF_RANGE;
import static id.go.cilegon.sigap.command.complaint.api.ComplaintRules.REFERRAL_MISSING;
import static id.go.cilegon.sigap.command.complaint.api.ComplaintRules.UNIT_NOT_HANDLING;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import id.go.cilegon.sigap.command.complaint.api.AcceptDisposition;
import id.go.cilegon.sigap.command.complaint.api.AssignComplaint;
import id.go.cilegon.sigap.command.complaint.api.ComplaintAssigned;
import id.go.cilegon.sigap.command.complaint.api.ComplaintEscalated;
import id.go.cilegon.sigap.command.complaint.api.EscalateComplaint;
import id.go.cilegon.sigap.command.complaint.api.AnswerComplainant;
import id.go.cilegon.sigap.command.complaint.api.AnswerComplaint;
import id.go.cilegon.sigap.command.complaint.api.AskComplainant;
import id.go.cilegon.sigap.command.complaint.api.CloseWithoutFeedback;
import id.go.cilegon.sigap.command.complaint.api.Complainant;
import id.go.cilegon.sigap.command.complaint.api.ComplainantAnswered;
import id.go.cilegon.sigap.command.complaint.api.ComplainantAsked;
import id.go.cilegon.sigap.command.complaint.api.ComplaintAnswered;
import id.go.cilegon.sigap.command.complaint.api.ComplaintCategory;
import id.go.cilegon.sigap.command.complaint.api.ComplaintClosed;
import id.go.cilegon.sigap.command.complaint.api.ComplaintConverted;
import id.go.cilegon.sigap.command.complaint.api.ComplaintDisposed;
import id.go.cilegon.sigap.command.complaint.api.ComplaintId;
import id.go.cilegon.sigap.command.complaint.api.ComplaintMerged;
import id.go.cilegon.sigap.command.complaint.api.ComplaintNumber;
import id.go.cilegon.sigap.command.complaint.api.ComplaintPolicy;
import id.go.cilegon.sigap.command.complaint.api.ComplaintRegistered;
import id.go.cilegon.sigap.command.complaint.api.ComplaintRejected;
import id.go.cilegon.sigap.command.complaint.api.ComplaintReopened;
import id.go.cilegon.sigap.command.complaint.api.ComplaintStatus;
import id.go.cilegon.sigap.command.complaint.api.ComplaintVerified;
import id.go.cilegon.sigap.command.complaint.api.DisposeComplaint;
import id.go.cilegon.sigap.command.complaint.api.DispositionAccepted;
import id.go.cilegon.sigap.command.complaint.api.DispositionReturned;
import id.go.cilegon.sigap.command.complaint.api.DuplicateAttached;
import id.go.cilegon.sigap.command.complaint.api.FollowUpDeadlineMissed;
import id.go.cilegon.sigap.command.complaint.api.GiveVerdict;
import id.go.cilegon.sigap.command.complaint.api.ProgressRecorded;
import id.go.cilegon.sigap.command.complaint.api.RecordFollowUpDeadlineMissed;
import id.go.cilegon.sigap.command.complaint.api.RecordProgress;
import id.go.cilegon.sigap.command.complaint.api.RecordVerificationDeadlineMissed;
import id.go.cilegon.sigap.command.complaint.api.RegisterComplaint;
import id.go.cilegon.sigap.command.complaint.api.RejectComplaint;
import id.go.cilegon.sigap.command.complaint.api.RejectionReason;
import id.go.cilegon.sigap.command.complaint.api.ReturnDisposition;
import id.go.cilegon.sigap.command.complaint.api.UnitFollowUp;
import id.go.cilegon.sigap.command.complaint.api.VerdictGiven;
import id.go.cilegon.sigap.command.complaint.api.VerificationDeadlineMissed;
import id.go.cilegon.sigap.command.complaint.api.VerifyComplaint;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestId;
import id.go.cilegon.sigap.command.informationrequest.api.RegistrationNumber;
import id.go.cilegon.sigap.command.shared.api.Channel;
import id.go.cilegon.sigap.command.shared.api.OfficerId;
import id.go.cilegon.sigap.command.shared.api.RuleViolation;
import id.go.cilegon.sigap.command.shared.api.UnitId;
import id.go.cilegon.sigap.command.shared.api.calendar.Deadline;
import id.go.cilegon.sigap.command.shared.api.personaldata.PersonalData;
import id.go.cilegon.sigap.command.shared.calendar.WorkingDayCalendar;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import id.go.cilegon.sigap.command.shared.handling.CaseHandling;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A public complaint (<i>pengaduan masyarakat</i>, domain brief §3), from receipt to the complainant's verdict.
 * The verifier (PPID / complaint desk) decides within 3 hari kerja what it is: a complaint for the city (verified,
 * then sent to units), not one (rejected), a duplicate (merged, in {@link ComplaintMerging}) or a request for
 * information (converted, in {@link ComplaintConversion}). Each unit it is sent to accepts or returns it, owes a
 * first follow-up by its deadline, and one of them answers. The complainant rates the answer; "not satisfied"
 * reopens the case for the units that handled it, up to {@link ComplaintPolicy#maxReopenings()} times.
 *
 * <p>Every clock is counted with the {@link WorkingDayCalendar} and carried in the events as a {@link Deadline};
 * its length comes from the injected {@link ComplaintPolicy}. Refusals are {@link RuleViolation}s with the codes
 * of {@code ComplaintRules}. Breach reports from the deadline watch are safe to repeat: each breach is recorded
 * once, and a report about a clock that already stopped changes nothing.
 *
 * <p>Fields are visible to Jackson because the snapshot of this aggregate is written with the event serializer.
 */
@Aggregate(snapshotTriggerDefinition = "complaintSnapshotTrigger")
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
public class Complaint {

    @AggregateIdentifier
    private ComplaintId complaintId;
    private ComplaintNumber number;
    private ComplaintStatus status;
    private ComplaintCategory category;
    private Channel channel;
    private Instant receivedAt;
    private String trackingCodeHash;
    private PersonalData<Complainant> complainant;
    private Deadline verificationDeadline;
    private boolean verificationDeadlineMissed;
    private Instant askedAt;
    /** The units that have the complaint now, in order of disposition; a returned unit is removed. */
    private Map<UnitId, UnitHandling> units = new LinkedHashMap<>();
    private Deadline feedbackDeadline;
    private int reopenings;
    private CaseHandling assignment = new CaseHandling();

    protected Complaint() {
        // Axon rebuilds the aggregate from an empty instance and its events.
    }

    Complaint(RegisterComplaint command, ComplaintNumber number, Deadline verificationDeadline) {
        apply(new ComplaintRegistered(command.complaintId(), number, command.channel(), command.receivedAt(),
                command.complainant(), command.confidential(), command.subject().strip(),
                command.description().strip(), command.category(), command.location(), command.attachments(),
                command.trackingCodeHash(), command.enteredBy(), verificationDeadline));
    }

    // ---------------------------------------------------------------------------------------------- verification

    @CommandHandler
    void handle(AskComplainant command, Clock clock) {
        requireInVerification();
        if (status == ComplaintStatus.DITUNDA) {
            throw new RuleViolation(AWAITING_COMPLAINANT, number + " already waits for the complainant's answer");
        }
        apply(new ComplainantAsked(complaintId, command.question().strip(), command.askedBy(), clock.instant()));
    }

    /**
     * The verification deadline moves by the hari kerja the case waited: those after the day the question counts
     * as sent, up to and including the day the answer counts as received (as for a permohonan's kelengkapan).
     */
    @CommandHandler
    void handle(AnswerComplainant command, Clock clock, WorkingDayCalendar calendar) {
        requireOpen();
        if (status != ComplaintStatus.DITUNDA) {
            throw new RuleViolation(NO_QUESTION_PENDING, "Nothing was asked of the complainant of " + number);
        }
        Instant now = clock.instant();
        int waited = calendar.workingDaysUntil(calendar.effectiveReceiptDate(askedAt),
                calendar.effectiveReceiptDate(now));
        Deadline moved = waited > 0 ? calendar.extend(verificationDeadline, waited) : verificationDeadline;
        apply(new ComplainantAnswered(complaintId, command.answer().strip(), command.enteredBy(), now, moved));
    }

    @CommandHandler
    void handle(VerifyComplaint command, Clock clock, WorkingDayCalendar calendar) {
        requireInVerification();
        Instant now = clock.instant();
        apply(new ComplaintVerified(complaintId, blankToNull(command.note()), command.verifiedBy(), now,
                verifiedLate(now, calendar)));
    }

    @CommandHandler
    void handle(RejectComplaint command, Clock clock) {
        requireInVerification();
        String referredTo = blankToNull(command.referredTo());
        if (command.reason() == RejectionReason.BUKAN_WEWENANG && referredTo == null) {
            throw new RuleViolation(REFERRAL_MISSING,
                    "A complaint outside the city's authority is rejected with the body that has it");
        }
        apply(new ComplaintRejected(complaintId, command.reason(), command.explanation().strip(),
                command.reason() == RejectionReason.BUKAN_WEWENANG ? referredTo : null, command.rejectedBy(),
                clock.instant()));
    }

    /** Late when the clock ran out before the decision; a clock stopped for a question stopped in time or not. */
    private boolean verifiedLate(Instant now, WorkingDayCalendar calendar) {
        Instant clockStopped = status == ComplaintStatus.DITUNDA ? askedAt : now;
        return verificationDeadlineMissed
                || calendar.effectiveReceiptDate(clockStopped).isAfter(verificationDeadline.dueDate());
    }

    // ------------------------------------------------------------------------------- merging and conversion

    /** Called by {@link ComplaintMerging} on the duplicate, after {@link #acceptDuplicate} passed on the original. */
    void mergeInto(Complaint original, OfficerId mergedBy, Instant now) {
        requireInVerification();
        apply(new ComplaintMerged(complaintId, original.complaintId, original.number, mergedBy, now));
    }

    /** Called by {@link ComplaintMerging} on the complaint that carries on for both. */
    void acceptDuplicate(Complaint duplicate, Instant now) {
        if (status.isFinal()) {
            throw new RuleViolation(ORIGINAL_NOT_OPEN,
                    number + " is " + status + "; a duplicate is merged into a complaint still open");
        }
        duplicate.requireInVerification();
        apply(new DuplicateAttached(complaintId, duplicate.complaintId, duplicate.number, duplicate.trackingCodeHash,
                now));
    }

    /** What {@link ComplaintConversion} needs to register the permohonan, after checking that it may. */
    ConversionSource conversionSource() {
        requireInVerification();
        if (complainant == null || complainant.isErased()) {
            throw new RuleViolation(ANONYMOUS_CONVERSION, number
                    + " has no complainant identity; a permohonan under UU KIP needs the requester's identity");
        }
        return new ConversionSource(number, channel, receivedAt, complainant, trackingCodeHash);
    }

    void convertedInto(InformationRequestId requestId, RegistrationNumber registrationNumber, String explanation,
            OfficerId convertedBy, Instant now) {
        apply(new ComplaintConverted(complaintId, requestId, registrationNumber, explanation, convertedBy, now));
    }

    record ConversionSource(ComplaintNumber number, Channel channel, Instant receivedAt,
            PersonalData<Complainant> complainant, String trackingCodeHash) {
    }

    // ------------------------------------------------------------------------------------------------ disposition

    @CommandHandler
    void handle(DisposeComplaint command, Clock clock, WorkingDayCalendar calendar, ComplaintPolicy policy) {
        requireOpen();
        switch (status) {
            case TERVERIFIKASI, DIDISPOSISI, DITINDAKLANJUTI -> { }
            default -> throw new RuleViolation(NOT_DISPOSABLE,
                    number + " is " + status + "; a disposition comes after verification and before the answer");
        }
        Instant now = clock.instant();
        List<UnitFollowUp> added = command.units().stream().filter(unit -> !units.containsKey(unit))
                .map(unit -> new UnitFollowUp(unit,
                        calendar.workingDaysAfter(now, policy.followUpWorkingDays(category))))
                .toList();
        if (added.isEmpty()) {
            throw new RuleViolation(ALREADY_DISPOSED, "Every unit named already has " + number);
        }
        apply(new ComplaintDisposed(complaintId, added, blankToNull(command.instruction()), command.disposedBy(),
                now));
    }

    @CommandHandler
    void handle(AcceptDisposition command, Clock clock) {
        requireOpen();
        UnitHandling handling = units.get(command.unit());
        if (handling == null || handling.accepted()) {
            throw new RuleViolation(NO_PENDING_DISPOSITION,
                    command.unit() + " has no disposition of " + number + " waiting for its acceptance");
        }
        apply(new DispositionAccepted(complaintId, command.unit(), command.acceptedBy(), clock.instant()));
    }

    @CommandHandler
    void handle(ReturnDisposition command, Clock clock) {
        requireOpen();
        requireNotAnswered();
        if (!units.containsKey(command.unit())) {
            throw new RuleViolation(NO_PENDING_DISPOSITION, command.unit() + " does not have " + number);
        }
        apply(new DispositionReturned(complaintId, command.unit(), command.reason().strip(), command.returnedBy(),
                clock.instant()));
    }

    @CommandHandler
    void handle(RecordProgress command, Clock clock) {
        requireOpen();
        requireNotAnswered();
        requireHandling(command.unit());
        apply(new ProgressRecorded(complaintId, command.unit(), command.note().strip(), command.recordedBy(),
                clock.instant()));
    }

    @CommandHandler
    void handle(AnswerComplaint command, Clock clock, WorkingDayCalendar calendar, ComplaintPolicy policy) {
        requireOpen();
        requireNotAnswered();
        requireHandling(command.unit());
        Instant now = clock.instant();
        apply(new ComplaintAnswered(complaintId, command.unit(), command.answer().strip(), command.answeredBy(), now,
                calendar.workingDaysAfter(now, policy.feedbackWorkingDays())));
    }

    // ------------------------------------------------------------------------------------------------- handling

    @CommandHandler
    void handle(AssignComplaint command, Clock clock) {
        requireOpen();
        assignment.requireNewHandler(command.handler(), number);
        apply(new ComplaintAssigned(complaintId, command.handler(), blankToNull(command.note()),
                command.assignedBy(), clock.instant()));
    }

    @CommandHandler
    void handle(EscalateComplaint command, Clock clock) {
        requireOpen();
        assignment.requireNotEscalated(number);
        apply(new ComplaintEscalated(complaintId, command.reason().strip(), command.escalatedBy(), clock.instant()));
    }

    // -------------------------------------------------------------------------------------------------- verdict

    @CommandHandler
    void handle(GiveVerdict command, Clock clock, WorkingDayCalendar calendar, ComplaintPolicy policy) {
        requireOpen();
        if (status != ComplaintStatus.DITANGGAPI) {
            throw new RuleViolation(NO_ANSWER_TO_RATE, number + " has no answer waiting for a verdict");
        }
        if (command.rating() < 1 || command.rating() > 5) {
            throw new RuleViolation(RATING_OUT_OF_RANGE, "A rating is 1 to 5, not " + command.rating());
        }
        String comment = blankToNull(command.comment());
        if (!command.satisfied() && comment == null) {
            throw new RuleViolation(COMMENT_MISSING, "\"Not satisfied\" says why, so the unit knows what to do");
        }
        Instant now = clock.instant();
        apply(new VerdictGiven(complaintId, command.satisfied(), command.rating(), comment, now));
        if (command.satisfied() || reopenings >= policy.maxReopenings()) {
            apply(new ComplaintClosed(complaintId, false, now));
            return;
        }
        List<UnitFollowUp> again = units.entrySet().stream().filter(entry -> entry.getValue().accepted())
                .map(entry -> new UnitFollowUp(entry.getKey(),
                        calendar.workingDaysAfter(now, policy.followUpWorkingDays(category))))
                .toList();
        apply(new ComplaintReopened(complaintId, comment, reopenings + 1, again, now));
    }

    // ------------------------------------------------------------------------------------------------ deadlines

    @CommandHandler
    void handle(CloseWithoutFeedback command, Clock clock, WorkingDayCalendar calendar) {
        if (status != ComplaintStatus.DITANGGAPI) {
            return;
        }
        if (!today(clock, calendar).isAfter(feedbackDeadline.dueDate())) {
            throw new RuleViolation(FEEDBACK_PERIOD_NOT_OVER,
                    "The complainant of " + number + " has until " + feedbackDeadline.dueDate() + " for a verdict");
        }
        apply(new ComplaintClosed(complaintId, true, clock.instant()));
    }

    @CommandHandler
    void handle(RecordVerificationDeadlineMissed command, Clock clock, WorkingDayCalendar calendar) {
        if (status != ComplaintStatus.DITERIMA || verificationDeadlineMissed) {
            return;
        }
        requirePassed(verificationDeadline.dueDate(), clock, calendar);
        apply(new VerificationDeadlineMissed(complaintId, verificationDeadline.dueDate(), clock.instant()));
    }

    @CommandHandler
    void handle(RecordFollowUpDeadlineMissed command, Clock clock, WorkingDayCalendar calendar) {
        UnitHandling handling = units.get(command.unit());
        if (status.isFinal() || status == ComplaintStatus.DITANGGAPI || handling == null || handling.followedUp()
                || handling.deadlineMissed()) {
            return;
        }
        requirePassed(handling.followUpDue(), clock, calendar);
        apply(new FollowUpDeadlineMissed(complaintId, command.unit(), handling.followUpDue(), clock.instant()));
    }

    private void requirePassed(LocalDate dueDate, Clock clock, WorkingDayCalendar calendar) {
        if (!today(clock, calendar).isAfter(dueDate)) {
            throw new RuleViolation(DEADLINE_NOT_PASSED, "The deadline of " + dueDate + " has not passed");
        }
    }

    // --------------------------------------------------------------------------------------------------- guards

    private void requireOpen() {
        if (status.isFinal()) {
            throw new RuleViolation(COMPLAINT_CLOSED, number + " is " + status + "; nothing more happens to it");
        }
    }

    private void requireInVerification() {
        requireOpen();
        if (!status.inVerification()) {
            throw new RuleViolation(NOT_IN_VERIFICATION, number + " is " + status + "; its verification is over");
        }
    }

    private void requireNotAnswered() {
        if (status == ComplaintStatus.DITANGGAPI) {
            throw new RuleViolation(ALREADY_ANSWERED,
                    "The answer to " + number + " is with the complainant; the next step is theirs");
        }
    }

    private void requireHandling(UnitId unit) {
        UnitHandling handling = units.get(unit);
        if (handling == null || !handling.accepted()) {
            throw new RuleViolation(UNIT_NOT_HANDLING, unit + " has not accepted " + number);
        }
    }

    private static LocalDate today(Clock clock, WorkingDayCalendar calendar) {
        return LocalDate.ofInstant(clock.instant(), calendar.zone());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    // ------------------------------------------------------------------------------------------- event sourcing

    @EventSourcingHandler
    void on(ComplaintRegistered event) {
        complaintId = event.complaintId();
        number = event.number();
        status = ComplaintStatus.DITERIMA;
        category = event.category();
        channel = event.channel();
        receivedAt = event.receivedAt();
        trackingCodeHash = event.trackingCodeHash();
        complainant = event.complainant();
        verificationDeadline = event.verificationDeadline();
    }

    @EventSourcingHandler
    void on(ComplainantAsked event) {
        status = ComplaintStatus.DITUNDA;
        askedAt = event.askedAt();
    }

    @EventSourcingHandler
    void on(ComplainantAnswered event) {
        status = ComplaintStatus.DITERIMA;
        askedAt = null;
        verificationDeadline = event.verificationDeadline();
    }

    @EventSourcingHandler
    void on(ComplaintVerified event) {
        status = ComplaintStatus.TERVERIFIKASI;
    }

    @EventSourcingHandler
    void on(ComplaintRejected event) {
        status = ComplaintStatus.DITOLAK;
    }

    @EventSourcingHandler
    void on(ComplaintMerged event) {
        status = ComplaintStatus.DIGABUNG;
    }

    @EventSourcingHandler
    void on(ComplaintConverted event) {
        status = ComplaintStatus.DIALIHKAN_KE_PPID;
    }

    @EventSourcingHandler
    void on(ComplaintDisposed event) {
        event.units().forEach(unit -> units.put(unit.unit(), UnitHandling.disposed(unit.followUpDeadline())));
        if (units.values().stream().noneMatch(UnitHandling::accepted)) {
            status = ComplaintStatus.DIDISPOSISI;
        }
    }

    @EventSourcingHandler
    void on(DispositionAccepted event) {
        units.computeIfPresent(event.unit(), (unit, handling) -> handling.accept());
        status = ComplaintStatus.DITINDAKLANJUTI;
    }

    @EventSourcingHandler
    void on(DispositionReturned event) {
        units.remove(event.unit());
        if (units.isEmpty()) {
            status = ComplaintStatus.TERVERIFIKASI;
        } else if (units.values().stream().noneMatch(UnitHandling::accepted)) {
            status = ComplaintStatus.DIDISPOSISI;
        }
    }

    @EventSourcingHandler
    void on(ProgressRecorded event) {
        units.computeIfPresent(event.unit(), (unit, handling) -> handling.followUp());
    }

    @EventSourcingHandler
    void on(ComplaintAnswered event) {
        units.computeIfPresent(event.unit(), (unit, handling) -> handling.followUp());
        status = ComplaintStatus.DITANGGAPI;
        feedbackDeadline = event.feedbackDeadline();
    }

    @EventSourcingHandler
    void on(ComplaintReopened event) {
        status = ComplaintStatus.DITINDAKLANJUTI;
        reopenings = event.reopening();
        feedbackDeadline = null;
        event.units().forEach(unit -> units.computeIfPresent(unit.unit(),
                (code, handling) -> handling.restart(unit.followUpDeadline())));
    }

    @EventSourcingHandler
    void on(ComplaintClosed event) {
        status = event.withoutFeedback() ? ComplaintStatus.SELESAI_TANPA_UMPAN_BALIK : ComplaintStatus.SELESAI;
    }

    @EventSourcingHandler
    void on(VerificationDeadlineMissed event) {
        verificationDeadlineMissed = true;
    }

    @EventSourcingHandler
    void on(FollowUpDeadlineMissed event) {
        units.computeIfPresent(event.unit(), (unit, handling) -> handling.missed());
    }

    @EventSourcingHandler
    void on(ComplaintAssigned event) {
        assignment.assigned(event.handler());
    }

    @EventSourcingHandler
    void on(ComplaintEscalated event) {
        assignment.escalated();
    }

    /** One unit's part: accepted or not yet, and where its follow-up clock stands. */
    record UnitHandling(boolean accepted, LocalDate followUpDue, boolean followedUp, boolean deadlineMissed) {

        static UnitHandling disposed(Deadline followUpDeadline) {
            return new UnitHandling(false, followUpDeadline.dueDate(), false, false);
        }

        UnitHandling accept() {
            return new UnitHandling(true, followUpDue, followedUp, deadlineMissed);
        }

        UnitHandling followUp() {
            return new UnitHandling(accepted, followUpDue, true, deadlineMissed);
        }

        UnitHandling missed() {
            return new UnitHandling(accepted, followUpDue, followedUp, true);
        }

        UnitHandling restart(Deadline followUpDeadline) {
            return new UnitHandling(accepted, followUpDeadline.dueDate(), false, false);
        }
    }
}

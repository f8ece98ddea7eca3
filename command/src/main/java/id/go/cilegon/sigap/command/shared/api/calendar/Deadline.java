package id.go.cilegon.sigap.command.shared.api.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

/**
 * A statutory due date counted in <i>hari kerja</i>, together with everything needed to explain it. Events carry
 * it whole: the date a citizen was promised must never move because the holiday data is revised later, and the
 * status page must be able to say why the date is what it is without recomputing it (see
 * {@code docs/adr/0004-hari-kerja-counting.md}). It is a plain fact, so it validates nothing.
 *
 * <p>Day 1 is the first working day after {@code effectiveReceiptDate}; {@code dueDate} is day
 * {@code workingDays}. {@code skippedDays} lists every non-working day between the two, so
 * {@code effectiveReceiptDate} + {@code workingDays} + {@code skippedDays.size()} calendar days is
 * {@code dueDate}.
 *
 * @param receivedAt           the moment the agency received the request or objection
 * @param receivedLocal        {@code receivedAt} on the office's wall clock (WIB)
 * @param receiptShift         why the effective receipt date is later than the day of receipt, if it is
 * @param effectiveReceiptDate the working day the request counts as received on; the count starts after it
 * @param workingDays          how many hari kerja were counted, extensions included
 * @param dueDate              the last working day of the count
 * @param skippedDays          every non-working day after {@code effectiveReceiptDate} up to {@code dueDate},
 *                             in date order
 * @param provisionalYears     years the count touched for which Sigap had no holiday decree; only the fixed-date
 *                             holidays were skipped in them, so the real deadline may be later
 * @param extensions           extensions granted after the first count, oldest first (UU KIP Pasal 22(8))
 */
public record Deadline(
        Instant receivedAt,
        LocalDateTime receivedLocal,
        ReceiptShift receiptShift,
        LocalDate effectiveReceiptDate,
        int workingDays,
        LocalDate dueDate,
        List<SkippedDay> skippedDays,
        List<Integer> provisionalYears,
        List<Extension> extensions) {

    /** Why a receipt counts from a later day than the one it arrived on. */
    public enum ReceiptShift {
        /** Received on a working day before office close: counted from that day. */
        NONE,
        /** Received at or after office close on a working day: counted as received on the next working day. */
        AFTER_OFFICE_HOURS,
        /** Received on a weekend, holiday or cuti bersama: counted as received on the next working day. */
        NON_WORKING_DAY
    }

    /**
     * An extension of the count by more hari kerja, counted after the due date it replaced.
     *
     * @param previousDueDate the due date before this extension
     * @param workingDays     the hari kerja added
     */
    public record Extension(LocalDate previousDueDate, int workingDays) {
    }

    /**
     * This deadline explained in one paragraph: due date, where the count started, each day not counted, and a
     * warning when a year's calendar was provisional.
     *
     * @param locale English for an English locale; Bahasa Indonesia otherwise (also for {@code null})
     */
    public String explain(Locale locale) {
        return DeadlineExplanation.render(this, DeadlineExplanation.Language.of(locale));
    }
}

package id.go.cilegon.sigap.webapp.shared.documents;

import id.go.cilegon.sigap.command.shared.api.calendar.Deadline;
import id.go.cilegon.sigap.command.shared.calendar.WorkingDayCalendar;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What a printed kronologi is made of, whichever case it tells: its periods, each with the hari kerja it ran and
 * whether it was kept, and its recorded events with the hari kerja since receipt. The template fragments
 * {@code dokumen/bagian :: periods} and {@code :: events} print them; a period's words are the messages
 * {@code dokumen.chronology.clock.<kind>} (with {@code subject} as argument) and
 * {@code dokumen.chronology.verdict.<kind>.<verdict>} (with the hari kerja it was met on, or those left).
 */
public final class Chronologies {

    private Chronologies() {
    }

    /** Met in time; met after the due date; still running; over without being met; stopped by the case itself. */
    public enum Verdict { ON_TIME, LATE, RUNNING, LAPSED, AWAITING_CLARIFICATION, WITHDRAWN }

    /**
     * One period: how long, from when, until when, when it was met and on which of its hari kerja.
     *
     * @param kind           names the period's words, e.g. {@code NOTICE}
     * @param subject        what the words name beside the kind (a keberatan's number, a unit), or {@code null}
     * @param periodDays     hari kerja in all, an extension included
     * @param extended       hari kerja added by an extension, 0 when none
     * @param metOn          the date (and time, when one was recorded) it was met, or {@code null}
     * @param dayMet         on which of its hari kerja it was met, or {@code null}
     * @param daysLeft       hari kerja left today while it runs and is not met, else {@code null}
     * @param breachRecorded Sigap recorded the period's end without it being met as a breach
     */
    public record Period(String kind, String subject, int periodDays, int extended, String startsOn, String dueOn,
            String metOn, Integer dayMet, Verdict verdict, Integer daysLeft, boolean breachRecorded) {

        /** The same period, stopped for a reason of the case's own rather than run out. */
        public Period halted(Verdict why) {
            return new Period(kind, subject, periodDays, extended, startsOn, dueOn, metOn, dayMet, why, null,
                    breachRecorded);
        }
    }

    /**
     * One recorded event, in order.
     *
     * @param workingDay hari kerja since the case was received: 0 on that day and before it
     * @param officer    the display name of the officer who acted, or {@code null}
     * @param citizen    how the citizen's own act reached the office ({@code Channel} by name), or {@code null}
     * @param internal   not shown to the citizen
     */
    public record Event(int number, String date, String time, int workingDay, String text, String quote,
            String officer, String citizen, boolean internal) {
    }

    /** Hari kerja arithmetic on the office's calendar, as of the day the kronologi is printed. */
    public record Counting(WorkingDayCalendar calendar, LocalDate today, DocumentFormat format) {

        public static Counting on(WorkingDayCalendar calendar, Instant printedAt) {
            return new Counting(calendar, LocalDate.ofInstant(printedAt, calendar.zone()),
                    new DocumentFormat(calendar.zone()));
        }

        /** Hari kerja after {@code start} up to and including {@code day}; 0 on {@code start} and before it. */
        public int since(LocalDate start, LocalDate day) {
            return day.isAfter(start) ? calendar.workingDaysUntil(start, day) : 0;
        }

        public LocalDate day(Instant at) {
            return LocalDate.ofInstant(at, calendar.zone());
        }

        /** A period met at a recorded moment, or not (yet) met when {@code met} is {@code null}. */
        public Period period(String kind, String subject, Deadline deadline, Instant met, boolean late,
                boolean breachRecorded) {
            return period(kind, subject, deadline, met == null ? null : day(met),
                    met == null ? null : format.date(met) + ", " + format.time(met), late, breachRecorded);
        }

        /** A period met on a day (with {@code metOn} its words), or not (yet) met when {@code metDay} is null. */
        public Period period(String kind, String subject, Deadline deadline, LocalDate metDay, String metOn,
                boolean late, boolean breachRecorded) {
            LocalDate start = deadline.effectiveReceiptDate();
            int extended = deadline.extensions().stream().mapToInt(Deadline.Extension::workingDays).sum();
            Verdict verdict;
            Integer daysLeft = null;
            if (metDay != null) {
                verdict = late ? Verdict.LATE : Verdict.ON_TIME;
            } else if (breachRecorded || today.isAfter(deadline.dueDate())) {
                verdict = Verdict.LAPSED;
            } else {
                verdict = Verdict.RUNNING;
                daysLeft = calendar.workingDaysUntil(today, deadline.dueDate());
            }
            return new Period(kind, subject, deadline.workingDays(), extended, format.date(start),
                    format.date(deadline.dueDate()), metOn, metDay == null ? null : since(start, metDay), verdict,
                    daysLeft, breachRecorded);
        }
    }
}

package id.go.cilegon.sigap.command.shared.api.calendar;

import java.time.LocalDate;

/**
 * A day inside a deadline's count that was not a <i>hari kerja</i>, and why. A citizen or an auditor reads these
 * to check the due date by hand, so the deadline keeps them as they were when it was computed: a later revision
 * of the holiday decree does not rewrite a deadline already promised.
 *
 * @param date the day, on the office's calendar (WIB)
 * @param kind why it was not counted; a holiday that falls on a weekend is recorded as the holiday
 * @param name the holiday's name as the decree gives it (e.g. {@code Idul Fitri 1447 H}); {@code null} for a
 *             plain weekend day
 */
public record SkippedDay(LocalDate date, Kind kind, String name) {

    public enum Kind {
        /** Saturday or Sunday (Perpres 21/2023: offices work Monday to Friday). */
        WEEKEND,
        /** <i>Hari libur nasional</i> from the SKB 3 Menteri for that year. */
        LIBUR_NASIONAL,
        /** <i>Cuti bersama</i> from the SKB 3 Menteri for that year. */
        CUTI_BERSAMA,
        /**
         * A fixed-date national holiday in a year whose SKB Sigap does not have yet. Only these five are known in
         * advance (1 Jan, 1 May, 1 Jun, 17 Aug, 25 Dec); see {@link Deadline#provisionalYears()}.
         */
        FIXED_HOLIDAY_PROVISIONAL
    }
}

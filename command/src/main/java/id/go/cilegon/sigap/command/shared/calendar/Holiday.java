package id.go.cilegon.sigap.command.shared.calendar;

import id.go.cilegon.sigap.command.shared.api.calendar.SkippedDay;
import java.time.LocalDate;

/** One row of the holiday table: a weekday the SKB 3 Menteri takes out of the working week. */
record Holiday(LocalDate date, Kind kind, String name) {

    enum Kind {
        LIBUR_NASIONAL,
        CUTI_BERSAMA
    }

    SkippedDay skipped() {
        return new SkippedDay(date, kind == Kind.LIBUR_NASIONAL
                ? SkippedDay.Kind.LIBUR_NASIONAL
                : SkippedDay.Kind.CUTI_BERSAMA, name);
    }
}

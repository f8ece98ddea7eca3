package id.go.cilegon.sigap.webapp.report;

import id.go.cilegon.sigap.command.shared.calendar.WorkingDayCalendar;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Which year a report page shows: the one its {@code tahun} asks for when that is a year from 2000 to this year in
 * Cilegon, this year otherwise; and the last five years to choose from.
 */
@Component
class ReportYears {

    private final WorkingDayCalendar calendar;
    private final Clock clock;

    ReportYears(WorkingDayCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    int year(String tahun) {
        int now = thisYear();
        if (tahun == null || !tahun.matches("\\d{4}")) {
            return now;
        }
        int year = Integer.parseInt(tahun);
        return year < 2000 || year > now ? now : year;
    }

    List<Integer> choices() {
        int now = thisYear();
        List<Integer> years = new ArrayList<>();
        for (int year = now; year >= now - 4; year--) {
            years.add(year);
        }
        return years;
    }

    private int thisYear() {
        return Year.now(clock.withZone(calendar.zone())).getValue();
    }
}

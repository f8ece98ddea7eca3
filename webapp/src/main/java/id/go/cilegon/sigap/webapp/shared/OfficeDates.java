package id.go.cilegon.sigap.webapp.shared;

import id.go.cilegon.sigap.command.shared.calendar.WorkingDayCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Dates and moments as every page writes them, on the office's clock (WIB), in the reader's language. */
@Component
public class OfficeDates {

    private final WorkingDayCalendar calendar;

    public OfficeDates(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    /** "16 Maret 2026" / "16 March 2026". */
    public String date(LocalDate day, Locale locale) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(day);
    }

    /** "16 Mar 2026, 10.00 WIB" / "16 Mar 2026, 10:00 WIB". */
    public String moment(Instant at, Locale locale) {
        return DateTimeFormatter.ofPattern(
                        "en".equals(locale.getLanguage()) ? "d MMM yyyy, HH:mm 'WIB'" : "d MMM yyyy, HH.mm 'WIB'", locale)
                .withZone(calendar.zone()).format(at);
    }

    /** The office's date of {@code at}. */
    public LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, calendar.zone());
    }
}

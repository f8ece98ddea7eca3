package id.go.cilegon.sigap.webapp.shared.documents;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates and amounts as an Indonesian letter writes them: {@code 16 Maret 2026}, {@code 10.00} (WIB, the office's
 * zone) and {@code Rp 15.000}.
 */
public final class DocumentFormat {

    public static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", INDONESIAN);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm", INDONESIAN);

    private final ZoneId office;

    public DocumentFormat(ZoneId office) {
        this.office = office;
    }

    public String date(LocalDate date) {
        return date == null ? null : DATE.format(date);
    }

    /** The office's date of an instant. */
    public String date(Instant instant) {
        return instant == null ? null : DATE.format(instant.atZone(office));
    }

    /** The office's time of day of an instant. */
    public String time(Instant instant) {
        return instant == null ? null : TIME.format(instant.atZone(office));
    }

    public static String rupiah(long amount) {
        return "Rp " + NumberFormat.getIntegerInstance(INDONESIAN).format(amount);
    }
}

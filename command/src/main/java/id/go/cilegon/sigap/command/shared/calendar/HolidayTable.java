package id.go.cilegon.sigap.command.shared.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code calendar/hari-libur.csv}: {@code date,kind,name,decree}, one holiday per line, a header first, no
 * commas inside fields. {@code kind} is {@code libur} or {@code cuti_bersama}. A malformed line stops the
 * application: a calendar that silently dropped a holiday would shorten deadlines.
 */
final class HolidayTable {

    private static final String RESOURCE = "/calendar/hari-libur.csv";

    private HolidayTable() {
    }

    /** The table shipped in the application jar. */
    static List<Holiday> standard() {
        try (InputStream csv = HolidayTable.class.getResourceAsStream(RESOURCE)) {
            if (csv == null) {
                throw new IllegalStateException("The holiday table " + RESOURCE + " is missing from the classpath");
            }
            return read(csv);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the holiday table " + RESOURCE, e);
        }
    }

    static List<Holiday> read(InputStream csv) {
        List<Holiday> holidays = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
            reader.readLine();
            int lineNumber = 1;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (!line.isBlank()) {
                    holidays.add(parse(line, lineNumber));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the holiday table " + RESOURCE, e);
        }
        return holidays;
    }

    private static Holiday parse(String line, int lineNumber) {
        String[] fields = line.split(",", -1);
        if (fields.length != 4 || fields[2].isBlank()) {
            throw malformed(lineNumber, "expected date,kind,name,decree", line);
        }
        Holiday.Kind kind = switch (fields[1].trim()) {
            case "libur" -> Holiday.Kind.LIBUR_NASIONAL;
            case "cuti_bersama" -> Holiday.Kind.CUTI_BERSAMA;
            default -> throw malformed(lineNumber, "kind must be libur or cuti_bersama", line);
        };
        try {
            return new Holiday(LocalDate.parse(fields[0].trim()), kind, fields[2].trim());
        } catch (DateTimeParseException e) {
            throw malformed(lineNumber, "date must be yyyy-mm-dd", line);
        }
    }

    private static IllegalStateException malformed(int lineNumber, String problem, String line) {
        return new IllegalStateException(
                "%s line %d: %s, got '%s'".formatted(RESOURCE, lineNumber, problem, line));
    }
}

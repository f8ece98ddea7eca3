package id.go.cilegon.sigap.webapp.mediaissue;

import static id.go.cilegon.sigap.webapp.shared.CsvUploads.column;

import id.go.cilegon.sigap.command.mediaissue.api.IssueOrigin;
import id.go.cilegon.sigap.command.mediaissue.api.MediaKind;
import id.go.cilegon.sigap.command.mediaissue.api.MediaSource;
import id.go.cilegon.sigap.command.shared.api.OfficerId;
import id.go.cilegon.sigap.command.shared.calendar.WorkingDayCalendar;
import id.go.cilegon.sigap.webapp.shared.CsvUploads.RowProblem;
import id.go.cilegon.sigap.webapp.shared.CsvUploads;
import id.go.cilegon.sigap.webapp.shared.FieldMessages;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Imports the export of a media-monitoring tool: a UTF-8 CSV with a header row naming the columns {@code jenis}
 * (a {@link MediaKind}, default BERITA_DARING), {@code media}, {@code tautan}, {@code judul}, {@code kutipan},
 * {@code waktu_terbit} ({@code 2026-11-20T08:15} on the office's clock, or with an offset) and {@code jangkauan}
 * (digits). {@code media}, {@code judul} and {@code waktu_terbit} are required. Each valid row is logged as its own
 * issue (an address already known is reported as such, not logged twice); each invalid row is named with its line
 * and reason and logs nothing. A file that is not such a CSV is refused whole.
 */
@Component
class MediaCsvImport {

    static final int MAX_BYTES = 1024 * 1024;
    static final int MAX_ROWS = 500;
    private static final Set<String> REQUIRED = Set.of("media", "judul", "waktu_terbit");

    private final MediaIntake intake;
    private final FieldMessages messages;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    MediaCsvImport(MediaIntake intake, FieldMessages messages, WorkingDayCalendar calendar, Clock clock) {
        this.intake = intake;
        this.messages = messages;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** What became of each row; {@code refusal} when the file as a whole was refused. */
    record Result(List<Line> logged, List<Line> known, List<Line> rejected, String refusal) {

        static Result refused(String refusal) {
            return new Result(List.of(), List.of(), List.of(), refusal);
        }
    }

    /** A row by its line in the file: the issue it became or matched, or why it was rejected. */
    record Line(long line, String number, String mediaIssueId, String title, String reason) {
    }

    Mono<Result> read(FilePart part, OfficerId officer, Locale locale) {
        return CsvUploads.read(part, MAX_BYTES, csv -> parse(csv, officer, locale),
                reason -> Result.refused(messages.text("media.import." + reason, locale)));
    }

    private Result parse(String text, OfficerId officer, Locale locale) {
        try (CSVParser parser = CsvUploads.parse(text)) {
            List<String> header = parser.getHeaderNames().stream().map(name -> name.toLowerCase(Locale.ROOT)).toList();
            if (!header.containsAll(REQUIRED)) {
                return Result.refused(messages.text("media.import.header", locale));
            }
            List<CSVRecord> records = parser.getRecords();
            if (records.size() > MAX_ROWS) {
                return Result.refused(messages.text("media.import.too-many", locale, MAX_ROWS));
            }
            List<Line> logged = new ArrayList<>();
            List<Line> known = new ArrayList<>();
            List<Line> rejected = new ArrayList<>();
            for (CSVRecord record : records) {
                long line = record.getRecordNumber() + 1;
                try {
                    MediaSource source = source(record, parser.getHeaderNames());
                    MediaIntake.Outcome outcome = intake.log(source, IssueOrigin.IMPOR_CSV, null, officer);
                    (outcome.logged() ? logged : known).add(new Line(line, outcome.number(), outcome.mediaIssueId(),
                            source.title(), null));
                } catch (RowProblem problem) {
                    rejected.add(new Line(line, null, null, null,
                            messages.text("media.import.row." + problem.getMessage(), locale)));
                }
            }
            return new Result(logged, known, rejected, null);
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            return Result.refused(messages.text("media.import.unreadable", locale));
        }
    }

    private MediaSource source(CSVRecord record, List<String> header) {
        String media = column(record, header, "media", 120);
        String title = column(record, header, "judul", 300);
        String published = column(record, header, "waktu_terbit", 40);
        if (media == null || title == null || published == null) {
            throw new RowProblem("missing");
        }
        String kindText = column(record, header, "jenis", 20);
        MediaKind kind = kindText == null ? MediaKind.BERITA_DARING : Arrays.stream(MediaKind.values())
                .filter(value -> value.name().equalsIgnoreCase(kindText)).findFirst()
                .orElseThrow(() -> new RowProblem("kind"));
        String url = column(record, header, "tautan", 500);
        if (url != null && !url.matches("https?://\\S+")) {
            throw new RowProblem("url");
        }
        String reach = column(record, header, "jangkauan", 12);
        if (reach != null && !reach.matches("\\d{1,12}")) {
            throw new RowProblem("reach");
        }
        Instant publishedAt = instant(published);
        if (publishedAt.isAfter(clock.instant())) {
            throw new RowProblem("future");
        }
        return new MediaSource(kind, media, url, title, column(record, header, "kutipan", 4000), publishedAt,
                reach == null ? null : Long.valueOf(reach));
    }

    private Instant instant(String text) {
        try {
            return text.matches(".*([+-]\\d{2}:\\d{2}|Z)$") ? OffsetDateTime.parse(text).toInstant()
                    : LocalDateTime.parse(text).atZone(calendar.zone()).toInstant();
        } catch (DateTimeParseException e) {
            throw new RowProblem("time");
        }
    }
}

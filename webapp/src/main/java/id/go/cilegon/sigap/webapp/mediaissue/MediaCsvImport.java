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
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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

    private static final CsvUploads.Limits LIMITS = new CsvUploads.Limits(1024 * 1024, 500,
            Set.of("media", "judul", "waktu_terbit"));

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

    Mono<CsvUploads.Imported> read(FilePart part, OfficerId officer, Locale locale) {
        return CsvUploads.importFile(part, LIMITS, () -> (record, header) -> {
            MediaSource source = source(record, header);
            MediaIntake.Outcome outcome = intake.log(source, IssueOrigin.IMPOR_CSV, null, officer);
            return new CsvUploads.Taken(outcome.logged(), outcome.mediaIssueId(), outcome.number(), source.title());
        }, reason -> messages.text("media.import." + reason, locale, LIMITS.maxRows()));
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

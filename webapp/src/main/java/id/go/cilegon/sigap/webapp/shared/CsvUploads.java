package id.go.cilegon.sigap.webapp.shared;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.codec.multipart.FilePart;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * An officer's CSV import, as the media desk's and the PPID's lists' both run: the whole file read as UTF-8 (a byte
 * order mark dropped), a header row naming the columns whatever their case, empty lines skipped, values stripped;
 * each row handed to the import's {@link Rows} on a worker thread, and reported as created, already there, or
 * rejected with the reason of its {@link RowProblem}. A file that is not such a CSV is refused whole, and nothing of
 * it is taken.
 */
public final class CsvUploads {

    private static final CSVFormat WITH_HEADER = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true).setTrim(true).get();

    private CsvUploads() {
    }

    /**
     * One kind of import's bounds.
     *
     * @param required the column names (lower case) the header must hold
     */
    public record Limits(int maxBytes, int maxRows, Set<String> required) {
    }

    /** Takes one row: the case it created or matched, or a {@link RowProblem} naming why it cannot. */
    @FunctionalInterface
    public interface Rows {

        Taken take(CSVRecord record, List<String> header);
    }

    /** What a row came to: a case created, or one that already held it ({@code created} false). */
    public record Taken(boolean created, String id, String number, String title) {
    }

    /** What became of each row; {@code refusal} when the file as a whole was refused. */
    public record Imported(List<Row> created, List<Row> known, List<Row> rejected, String refusal) {

        public static Imported refused(String refusal) {
            return new Imported(List.of(), List.of(), List.of(), refusal);
        }
    }

    /** A row by its line in the file: the case it became or matched, or why it was rejected. */
    public record Row(long line, String number, String id, String title, String reason) {
    }

    /**
     * Imports {@code part}, its rows taken by what {@code rows} makes on the worker thread (so it may read, once per
     * file, what every row needs). {@code text} gives the words for a reason key: {@code encoding}, {@code too-big},
     * {@code empty}, {@code header}, {@code too-many} and {@code unreadable} for a refused file, {@code row.} and the
     * {@link RowProblem}'s reason for a rejected row.
     */
    public static Mono<Imported> importFile(FilePart part, Limits limits, Supplier<Rows> rows,
            Function<String, String> text) {
        return text(part, limits.maxBytes())
                .publishOn(Schedulers.boundedElastic())
                .map(content -> content.map(csv -> rows(csv, limits, rows.get(), text))
                        .orElseGet(() -> Imported.refused(text.apply("encoding"))))
                .onErrorResume(DataBufferLimitException.class,
                        tooBig -> Mono.just(Imported.refused(text.apply("too-big"))))
                .switchIfEmpty(Mono.fromSupplier(() -> Imported.refused(text.apply("empty"))));
    }

    private static Imported rows(String csv, Limits limits, Rows rows, Function<String, String> text) {
        try (CSVParser parser = CSVParser.parse(new StringReader(csv), WITH_HEADER)) {
            List<String> header = parser.getHeaderNames();
            if (!header.stream().map(name -> name.toLowerCase(Locale.ROOT)).toList().containsAll(limits.required())) {
                return Imported.refused(text.apply("header"));
            }
            List<CSVRecord> records = parser.getRecords();
            if (records.size() > limits.maxRows()) {
                return Imported.refused(text.apply("too-many"));
            }
            List<Row> created = new ArrayList<>();
            List<Row> known = new ArrayList<>();
            List<Row> rejected = new ArrayList<>();
            for (CSVRecord record : records) {
                long line = record.getRecordNumber() + 1;
                try {
                    Taken taken = rows.take(record, header);
                    (taken.created() ? created : known).add(new Row(line, taken.number(), taken.id(), taken.title(),
                            null));
                } catch (RowProblem problem) {
                    rejected.add(new Row(line, null, null, null, text.apply("row." + problem.getMessage())));
                }
            }
            return new Imported(created, known, rejected, null);
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            return Imported.refused(text.apply("unreadable"));
        }
    }

    /** The file's text; empty when it is not UTF-8, an error when larger than {@code maxBytes}. */
    private static Mono<Optional<String>> text(FilePart part, int maxBytes) {
        return DataBufferUtils.join(part.content(), maxBytes).map(buffer -> {
            try {
                return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .decode(buffer.toByteBuffer()).toString().replaceFirst("^\uFEFF", ""));
            } catch (CharacterCodingException e) {
                return Optional.<String>empty();
            } finally {
                DataBufferUtils.release(buffer);
            }
        });
    }

    /** The column's value, {@code null} when absent or blank; a value over {@code max} characters is a problem. */
    public static String column(CSVRecord record, List<String> header, String name, int max) {
        for (String column : header) {
            if (column.equalsIgnoreCase(name) && record.isSet(column)) {
                String value = record.get(column);
                if (value.length() > max) {
                    throw new RowProblem("too-long");
                }
                return value.isBlank() ? null : value.strip();
            }
        }
        return null;
    }

    /** A row an import cannot take; the message is the reason's key. */
    public static final class RowProblem extends RuntimeException {

        public RowProblem(String reason) {
            super(reason, null, false, false);
        }
    }
}

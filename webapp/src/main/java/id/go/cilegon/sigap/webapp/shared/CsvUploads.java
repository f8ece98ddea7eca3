package id.go.cilegon.sigap.webapp.shared;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.codec.multipart.FilePart;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * An officer's CSV upload, as the imports read it: the whole file as UTF-8 (a byte order mark dropped), a header row
 * naming the columns whatever their case, empty lines skipped, values stripped. A value is looked up by its column's
 * name; one longer than its column allows is a {@link RowProblem}, as the imports report every row they cannot take.
 */
public final class CsvUploads {

    private static final CSVFormat WITH_HEADER = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true).setTrim(true).get();

    private CsvUploads() {
    }

    /**
     * The import of {@code part}: its text handed to {@code parse} on a worker thread, or the file refused whole with
     * {@code refused} of the reason, {@code encoding} (not UTF-8), {@code too-big} (over {@code maxBytes}) or
     * {@code empty}.
     */
    public static <R> Mono<R> read(FilePart part, int maxBytes, Function<String, R> parse,
            Function<String, R> refused) {
        return text(part, maxBytes)
                .publishOn(Schedulers.boundedElastic())
                .map(text -> text.map(parse).orElseGet(() -> refused.apply("encoding")))
                .onErrorResume(DataBufferLimitException.class, tooBig -> Mono.just(refused.apply("too-big")))
                .switchIfEmpty(Mono.fromSupplier(() -> refused.apply("empty")));
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

    /** A parser of {@code text} with its header row read; the caller closes it. */
    public static CSVParser parse(String text) throws IOException {
        return CSVParser.parse(new StringReader(text), WITH_HEADER);
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

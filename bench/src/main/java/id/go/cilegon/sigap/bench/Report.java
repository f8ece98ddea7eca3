package id.go.cilegon.sigap.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The run's results as Markdown, printed as they come and appended to a file, so a run that is stopped halfway still
 * leaves what it measured. Progress notes go to standard error only.
 */
public final class Report {

    private final Path file;

    public Report(Path file) {
        this.file = file;
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, "", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the report to " + file, e);
        }
    }

    public Path file() {
        return file;
    }

    public void heading(String title) {
        write("\n## " + title + "\n");
    }

    public void line(String text) {
        write(text);
    }

    /** A Markdown table; the first row are the column names. */
    public void table(List<String> columns, List<List<String>> rows) {
        List<String> lines = new ArrayList<>();
        lines.add("| " + String.join(" | ", columns) + " |");
        lines.add("|" + "---|".repeat(columns.size()));
        rows.forEach(row -> lines.add("| " + String.join(" | ", row) + " |"));
        write(String.join("\n", lines) + "\n");
    }

    /** A progress note for whoever watches the run; not part of the report. */
    public static void progress(String text) {
        System.err.println("[bench] " + text);
    }

    public static String number(double value) {
        if (value >= 100 || value == Math.rint(value)) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        return String.format(Locale.ROOT, "%,.1f", value);
    }

    public static String millis(double value) {
        return String.format(Locale.ROOT, value >= 100 ? "%,.0f" : "%.1f", value);
    }

    private synchronized void write(String text) {
        System.out.println(text);
        try {
            Files.writeString(file, text + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the report to " + file, e);
        }
    }
}

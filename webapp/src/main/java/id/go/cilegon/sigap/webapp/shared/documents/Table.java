package id.go.cilegon.sigap.webapp.shared.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A register or report as rows of text, exportable as CSV (RFC 4180, UTF-8 with a byte-order mark so that
 * spreadsheet programs read Indonesian names right) and as XLSX. Cells that a spreadsheet would run as a
 * formula ({@code =}, {@code +}, {@code -}, {@code @} first) are prefixed with an apostrophe in CSV: a citizen's
 * text must never execute on an officer's machine.
 */
public record Table(String title, List<String> headers, List<List<String>> rows) {

    public Table {
        headers = List.copyOf(headers);
        rows = rows.stream().map(row -> row.stream().map(cell -> cell == null ? "" : cell).toList()).toList();
    }

    public byte[] toCsv() {
        StringBuilder csv = new StringBuilder("\uFEFF");
        appendCsvLine(csv, headers);
        rows.forEach(row -> appendCsvLine(csv, row));
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    public byte[] toXlsx() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Workbook workbook = new Workbook(out, "Sigap", "1.0");
            Worksheet sheet = workbook.newWorksheet(sheetName());
            for (int column = 0; column < headers.size(); column++) {
                sheet.value(0, column, headers.get(column));
                sheet.style(0, column).bold().fillColor("DDE6EE").set();
            }
            for (int row = 0; row < rows.size(); row++) {
                List<String> cells = rows.get(row);
                for (int column = 0; column < cells.size(); column++) {
                    sheet.value(row + 1, column, cells.get(column));
                }
            }
            workbook.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The spreadsheet could not be written", e);
        }
    }

    /** Excel allows 31 characters and no {@code []:*?/\} in a sheet name. */
    private String sheetName() {
        String name = title.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        return name.length() > 31 ? name.substring(0, 31) : name;
    }

    private static void appendCsvLine(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(csvCell(cells.get(i)));
        }
        csv.append("\r\n");
    }

    private static String csvCell(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }
}

package id.go.cilegon.sigap.webapp.shared.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TableTest {

    private final Table register = new Table("Register Permohonan 2026",
            List.of("No", "Nama", "Informasi yang diminta"),
            List.of(List.of("PPID/2026/000001", "Siti Rahmawati", "Data \"BOS\", 2026\nper sekolah"),
                    List.of("PPID/2026/000002", "=HYPERLINK(\"http://x\")", "-1+2")));

    @Test
    void csv_quotes_what_needs_quoting_and_keeps_indonesian_text() {
        String csv = new String(register.toCsv(), StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\uFEFFNo,Nama,Informasi yang diminta\r\n")
                .contains("PPID/2026/000001,Siti Rahmawati,\"Data \"\"BOS\"\", 2026\nper sekolah\"\r\n");
    }

    @Test
    void csv_never_lets_a_cell_run_as_a_formula() {
        String csv = new String(register.toCsv(), StandardCharsets.UTF_8);

        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://x\"\")\"", ",'-1+2\r\n");
    }

    @Test
    void xlsx_holds_the_same_cells_under_a_bold_header() throws Exception {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(register.toXlsx()))) {
            List<Row> rows = workbook.getFirstSheet().read();

            assertThat(workbook.getFirstSheet().getName()).isEqualTo("Register Permohonan 2026");
            assertThat(rows).hasSize(3);
            assertThat(rows.get(0).getCellText(1)).isEqualTo("Nama");
            assertThat(rows.get(1).getCellText(2)).isEqualTo("Data \"BOS\", 2026\nper sekolah");
            assertThat(rows.get(2).getCellText(1)).isEqualTo("=HYPERLINK(\"http://x\")");
        }
    }
}

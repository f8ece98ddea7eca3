package id.go.cilegon.sigap.webapp.shared.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfRendererTest {

    @Test
    void an_html5_page_becomes_a_pdf_with_its_text() throws Exception {
        String html = """
                <!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Pemberitahuan</title>
                <style>body { font-family: sans-serif; }</style></head>
                <body><h1>Pemberitahuan Tertulis</h1><p>Nomor: PPID/2026/000123<br>Dikabulkan sebagian</p></body></html>
                """;

        byte[] pdf = new PdfRenderer().render(html, "http://localhost/");

        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document))
                    .contains("Pemberitahuan Tertulis", "PPID/2026/000123", "Dikabulkan sebagian");
        }
    }
}

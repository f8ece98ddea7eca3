package id.go.cilegon.sigap.webapp.shared.documents;

import id.go.cilegon.sigap.webapp.shared.FieldMessages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Prints Sigap's documents: a template rendered in Bahasa Indonesia, whatever the reader's language, as a page for
 * the screen or laid out as a PDF by {@link PdfRenderer}. Both are the same template with the same data, so they
 * cannot disagree; the screen's page links the print stylesheet over HTTP and may carry a toolbar, the PDF reads the
 * stylesheet from the classpath and has none. Templates name the stylesheet {@code ${stylesheet}} and the toolbar
 * {@code ${toolbar}} ({@code null} in a PDF).
 */
@Component
public class PrintedDocuments {

    private static final String STYLESHEET = "static/css/dokumen.css";
    /** How the browser reaches the stylesheet. */
    private static final String STYLESHEET_PATH = "/css/dokumen.css";
    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    private final ITemplateEngine templates;
    private final PdfRenderer renderer;
    private final FieldMessages messages;
    private final String stylesheetUri;

    PrintedDocuments(ITemplateEngine templates, PdfRenderer renderer, FieldMessages messages) {
        this.templates = templates;
        this.renderer = renderer;
        this.messages = messages;
        try {
            this.stylesheetUri = new ClassPathResource(STYLESHEET).getURL().toExternalForm();
        } catch (IOException e) {
            throw new UncheckedIOException("The document stylesheet " + STYLESHEET + " is missing", e);
        }
    }

    /** The page for the screen, with {@code toolbar} above the document (or none when {@code null}). */
    public String page(String template, Map<String, Object> variables, Toolbar toolbar) {
        return render(template, variables, toolbar, STYLESHEET_PATH);
    }

    /**
     * The page as an HTTP answer, with the toolbar linking {@code pdfHref} and back to {@code backHref} in the
     * reader's language.
     */
    public ResponseEntity<String> pageAnswer(String template, Map<String, Object> variables, String pdfHref,
            String backHref, Locale reader) {
        return ResponseEntity.ok().contentType(HTML)
                .body(page(template, variables, toolbar(pdfHref, backHref, reader)));
    }

    /** The PDF as a download named {@code fileName}: blocking work, to be called off the event loop. */
    public ResponseEntity<byte[]> pdfDownload(String template, Map<String, Object> variables, String fileName) {
        return Downloads.attachment(pdf(template, variables), MediaType.APPLICATION_PDF, fileName, null);
    }

    /** The same document as a PDF: blocking work, to be called off the event loop. */
    public byte[] pdf(String template, Map<String, Object> variables) {
        return renderer.render(render(template, variables, null, stylesheetUri), stylesheetUri);
    }

    /**
     * The links above a document on screen, in the reader's language.
     *
     * @param pdfHref  where the PDF of this document is
     * @param backHref where the reader came from
     */
    public Toolbar toolbar(String pdfHref, String backHref, Locale reader) {
        return new Toolbar(pdfHref, messages.text("dokumen.toolbar.pdf", reader), backHref,
                messages.text("dokumen.toolbar.back", reader));
    }

    private String render(String template, Map<String, Object> variables, Toolbar toolbar, String stylesheet) {
        Map<String, Object> all = new HashMap<>(variables);
        all.put("toolbar", toolbar);
        all.put("stylesheet", stylesheet);
        return templates.process(template, new Context(DocumentFormat.INDONESIAN, all));
    }

    /** The links above a document on screen, made by {@link #toolbar}. */
    public record Toolbar(String pdfHref, String pdfLabel, String backHref, String backLabel) {
    }
}

package id.go.cilegon.sigap.webapp.informationrequest.notice;

import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestId;
import id.go.cilegon.sigap.command.shared.calendar.WorkingDayCalendar;
import id.go.cilegon.sigap.query.informationrequest.notice.api.FindNoticeDocument;
import id.go.cilegon.sigap.query.informationrequest.notice.api.NoticeDocument;
import id.go.cilegon.sigap.webapp.informationrequest.notice.DocumentUnavailable.Reason;
import id.go.cilegon.sigap.webapp.security.Officer;
import id.go.cilegon.sigap.webapp.security.OfficerAccounts;
import id.go.cilegon.sigap.webapp.shared.Messaging;
import id.go.cilegon.sigap.webapp.shared.documents.PdfRenderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Prints a request's pemberitahuan tertulis and tanda bukti penyerahan. The page and the PDF are the same
 * template (the one the notice's version names, {@link NoticeTemplates}) rendered with the same data, so they
 * cannot disagree: the PDF is that HTML laid out by {@link PdfRenderer}, without the screen's toolbar and with the
 * stylesheet read from the classpath instead of over HTTP. The document is an official letter in Bahasa
 * Indonesia whatever the reader's language; only the toolbar follows the reader.
 */
@Component
class NoticeDocuments {

    private static final Logger LOG = LoggerFactory.getLogger(NoticeDocuments.class);
    private static final String STYLESHEET = "static/css/dokumen.css";
    /** How the browser reaches the stylesheet; the PDF renderer reads the same file from the classpath. */
    private static final String STYLESHEET_PATH = "/css/dokumen.css";

    private final Messaging messaging;
    private final ITemplateEngine templates;
    private final PdfRenderer pdfRenderer;
    private final OfficerAccounts accounts;
    private final DocumentFormat format;
    private final String stylesheetUri;

    NoticeDocuments(Messaging messaging, ITemplateEngine templates, PdfRenderer pdfRenderer,
            OfficerAccounts accounts, WorkingDayCalendar calendar) {
        this.messaging = messaging;
        this.templates = templates;
        this.pdfRenderer = pdfRenderer;
        this.accounts = accounts;
        this.format = new DocumentFormat(calendar.zone());
        try {
            this.stylesheetUri = new ClassPathResource(STYLESHEET).getURL().toExternalForm();
        } catch (IOException e) {
            throw new UncheckedIOException("The document stylesheet " + STYLESHEET + " is missing", e);
        }
    }

    /** The request's document data, which must have a sent notice. */
    Mono<NoticeDocument> find(InformationRequestId requestId) {
        return messaging.query(new FindNoticeDocument(requestId),
                        ResponseTypes.optionalInstanceOf(NoticeDocument.class))
                .flatMap(found -> found.isPresent() ? Mono.just(found.get())
                        : Mono.error(new DocumentUnavailable(Reason.REQUEST_UNKNOWN, requestId.value())))
                .flatMap(document -> document.notice() == null
                        ? Mono.error(new DocumentUnavailable(Reason.NOTICE_NOT_SENT, requestId.value()))
                        : Mono.just(document));
    }

    /** The printable page, with the screen-only toolbar. */
    Mono<String> html(NoticeDocument document, DocumentKind kind, Toolbar toolbar) {
        return render(document, kind, toolbar, STYLESHEET_PATH);
    }

    /** The same page as a PDF, without the toolbar. */
    Mono<byte[]> pdf(NoticeDocument document, DocumentKind kind) {
        return render(document, kind, null, stylesheetUri)
                .publishOn(Schedulers.boundedElastic())
                .map(html -> pdfRenderer.render(html, stylesheetUri));
    }

    private Mono<String> render(NoticeDocument document, DocumentKind kind, Toolbar toolbar, String stylesheet) {
        String version = document.notice().content().templateVersion();
        NoticeTemplates versionTemplates = NoticeTemplates.forVersion(version).orElse(null);
        if (versionTemplates == null) {
            LOG.error("Request {} has a notice with template version {} that this installation does not have; "
                    + "its documents cannot be printed", document.requestId(), version);
            return Mono.error(new DocumentUnavailable(Reason.TEMPLATE_UNKNOWN, version));
        }
        if (kind == DocumentKind.DELIVERY_RECEIPT && document.delivery() == null) {
            return Mono.error(new DocumentUnavailable(Reason.NOT_DELIVERED, document.requestId()));
        }
        String signer = kind == DocumentKind.NOTICE ? document.notice().sentBy() : document.delivery().recordedBy();
        return accounts.officer(signer).map(Officer::displayName).defaultIfEmpty(signer)
                .publishOn(Schedulers.boundedElastic())
                .map(signedBy -> {
                    Map<String, Object> variables = new HashMap<>();
                    variables.put("letter", Letter.of(document, signedBy, format));
                    variables.put("toolbar", toolbar);
                    variables.put("stylesheet", stylesheet);
                    return templates.process(versionTemplates.template(kind),
                            new Context(DocumentFormat.INDONESIAN, variables));
                });
    }

    /**
     * The links above the document on screen, in the reader's language.
     *
     * @param pdfHref  where the PDF of this document is
     * @param backHref where the reader came from
     */
    record Toolbar(String pdfHref, String pdfLabel, String backHref, String backLabel) {
    }
}

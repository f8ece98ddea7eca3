package id.go.cilegon.sigap.webapp.informationrequest.notice;

import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestId;
import id.go.cilegon.sigap.command.shared.calendar.WorkingDayCalendar;
import id.go.cilegon.sigap.query.informationrequest.notice.api.FindNoticeDocument;
import id.go.cilegon.sigap.query.informationrequest.notice.api.NoticeDocument;
import id.go.cilegon.sigap.webapp.informationrequest.notice.DocumentUnavailable.Reason;
import id.go.cilegon.sigap.webapp.security.Officer;
import id.go.cilegon.sigap.webapp.security.OfficerAccounts;
import id.go.cilegon.sigap.webapp.shared.Messaging;
import id.go.cilegon.sigap.webapp.shared.documents.DocumentFormat;
import id.go.cilegon.sigap.webapp.shared.documents.PrintedDocuments;
import id.go.cilegon.sigap.webapp.shared.documents.PrintedDocuments.Toolbar;
import java.util.Map;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Prints a request's pemberitahuan tertulis and tanda bukti penyerahan. The page and the PDF are the same
 * template (the one the notice's version names, {@link NoticeTemplates}) rendered with the same data, so they
 * cannot disagree ({@link PrintedDocuments}). The document is an official letter in Bahasa Indonesia whatever the
 * reader's language; only the toolbar follows the reader.
 */
@Component
class NoticeDocuments {

    private static final Logger LOG = LoggerFactory.getLogger(NoticeDocuments.class);

    private final Messaging messaging;
    private final PrintedDocuments printed;
    private final OfficerAccounts accounts;
    private final DocumentFormat format;

    NoticeDocuments(Messaging messaging, PrintedDocuments printed, OfficerAccounts accounts,
            WorkingDayCalendar calendar) {
        this.messaging = messaging;
        this.printed = printed;
        this.accounts = accounts;
        this.format = new DocumentFormat(calendar.zone());
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
        return variables(document, kind).map(variables -> printed.page(template(document, kind), variables, toolbar));
    }

    /** The same page as a PDF, without the toolbar. */
    Mono<byte[]> pdf(NoticeDocument document, DocumentKind kind) {
        return variables(document, kind).publishOn(Schedulers.boundedElastic())
                .map(variables -> printed.pdf(template(document, kind), variables));
    }

    /** The template of the notice's version and kind; checked by {@link #variables} first. */
    private static String template(NoticeDocument document, DocumentKind kind) {
        return NoticeTemplates.forVersion(document.notice().content().templateVersion()).orElseThrow().template(kind);
    }

    private Mono<Map<String, Object>> variables(NoticeDocument document, DocumentKind kind) {
        String version = document.notice().content().templateVersion();
        if (NoticeTemplates.forVersion(version).isEmpty()) {
            LOG.error("Request {} has a notice with template version {} that this installation does not have; "
                    + "its documents cannot be printed", document.requestId(), version);
            return Mono.error(new DocumentUnavailable(Reason.TEMPLATE_UNKNOWN, version));
        }
        if (kind == DocumentKind.DELIVERY_RECEIPT && document.delivery() == null) {
            return Mono.error(new DocumentUnavailable(Reason.NOT_DELIVERED, document.requestId()));
        }
        String signer = kind == DocumentKind.NOTICE ? document.notice().sentBy() : document.delivery().recordedBy();
        return accounts.officer(signer).map(Officer::displayName).defaultIfEmpty(signer)
                .map(signedBy -> Map.of("letter", Letter.of(document, signedBy, format)));
    }
}

package id.go.cilegon.sigap.webapp.informationrequest.notice;

import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestId;
import id.go.cilegon.sigap.command.personaldata.api.PersonInCase;
import id.go.cilegon.sigap.query.informationrequest.notice.api.NoticeDocument;
import id.go.cilegon.sigap.webapp.informationrequest.RequestStatusLookup;
import id.go.cilegon.sigap.webapp.informationrequest.notice.DocumentUnavailable.Reason;
import id.go.cilegon.sigap.webapp.personaldata.AccessLog;
import id.go.cilegon.sigap.webapp.shared.TrackingCode;
import id.go.cilegon.sigap.webapp.shared.documents.PrintedDocuments;
import id.go.cilegon.sigap.webapp.shared.documents.PrintedDocuments.Toolbar;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.reactive.result.view.View;
import org.springframework.web.reactive.result.view.ViewResolver;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The printed pemberitahuan tertulis and tanda bukti penyerahan, as a print-friendly page and as a PDF. Officers
 * open them by request id (behind the login, like every {@code /petugas} page); the requester opens their notice
 * with the tracking code, because the letter is addressed to them. A document that is not available is a 404
 * page saying why; an unknown tracking code is the status page's usual "not found".
 */
@Controller
class NoticeDocumentPages {

    private static final String OFFICER = "/petugas/permohonan/{requestId}/";
    private static final String CITIZEN = "/status/{kode}/";
    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    private final NoticeDocuments documents;
    private final RequestStatusLookup lookup;
    private final PrintedDocuments printed;
    private final ViewResolver views;
    private final AccessLog accessLog;

    NoticeDocumentPages(NoticeDocuments documents, RequestStatusLookup lookup, PrintedDocuments printed,
            ViewResolver views, AccessLog accessLog) {
        this.accessLog = accessLog;
        this.documents = documents;
        this.lookup = lookup;
        this.printed = printed;
        this.views = views;
    }

    @GetMapping(OFFICER + "pemberitahuan")
    Mono<View> officerNotice(@PathVariable("requestId") String requestId, Model model, ServerWebExchange exchange) {
        return officerPage(requestId, DocumentKind.NOTICE, model, exchange);
    }

    @GetMapping(OFFICER + "pemberitahuan.pdf")
    Mono<View> officerNoticePdf(@PathVariable("requestId") String requestId, Model model,
            ServerWebExchange exchange) {
        return officerPdf(requestId, DocumentKind.NOTICE, model, exchange);
    }

    @GetMapping(OFFICER + "tanda-bukti-penyerahan")
    Mono<View> officerReceipt(@PathVariable("requestId") String requestId, Model model, ServerWebExchange exchange) {
        return officerPage(requestId, DocumentKind.DELIVERY_RECEIPT, model, exchange);
    }

    @GetMapping(OFFICER + "tanda-bukti-penyerahan.pdf")
    Mono<View> officerReceiptPdf(@PathVariable("requestId") String requestId, Model model,
            ServerWebExchange exchange) {
        return officerPdf(requestId, DocumentKind.DELIVERY_RECEIPT, model, exchange);
    }

    @GetMapping(CITIZEN + "pemberitahuan")
    Mono<View> citizenNotice(@PathVariable("kode") String kode, Model model, ServerWebExchange exchange) {
        return requestOf(kode)
                .flatMap(documents::find)
                .flatMap(document -> {
                    String status = "/status/" + TrackingCode.parse(kode).orElseThrow().value();
                    return page(document, DocumentKind.NOTICE, status + "/pemberitahuan.pdf", status, exchange);
                })
                .onErrorResume(DocumentUnavailable.class, unavailable -> unavailable(unavailable, model, exchange));
    }

    @GetMapping(CITIZEN + "pemberitahuan.pdf")
    Mono<View> citizenNoticePdf(@PathVariable("kode") String kode, Model model, ServerWebExchange exchange) {
        return requestOf(kode)
                .flatMap(documents::find)
                .flatMap(document -> pdf(document, DocumentKind.NOTICE))
                .onErrorResume(DocumentUnavailable.class, unavailable -> unavailable(unavailable, model, exchange));
    }

    private Mono<View> officerPage(String requestId, DocumentKind kind, Model model, ServerWebExchange exchange) {
        String base = "/petugas/permohonan/" + requestId + "/" + kind.pathSegment();
        return documents.find(InformationRequestId.of(requestId))
                .flatMap(document -> logged(document, kind, exchange))
                .flatMap(document -> page(document, kind, base + ".pdf", "/petugas/permohonan", exchange))
                .onErrorResume(DocumentUnavailable.class, unavailable -> unavailable(unavailable, model, exchange));
    }

    private Mono<View> officerPdf(String requestId, DocumentKind kind, Model model, ServerWebExchange exchange) {
        return documents.find(InformationRequestId.of(requestId))
                .flatMap(document -> logged(document, kind, exchange))
                .flatMap(document -> pdf(document, kind))
                .onErrorResume(DocumentUnavailable.class, unavailable -> unavailable(unavailable, model, exchange));
    }

    /** An officer's print carries the requester's name and address: the read is recorded first. */
    private Mono<NoticeDocument> logged(NoticeDocument document, DocumentKind kind, ServerWebExchange exchange) {
        if (document.requesterName() == null && document.proxyName() == null) {
            return Mono.just(document);
        }
        return exchange.getPrincipal().map(Principal::getName).flatMap(officer -> accessLog.record(officer,
                AccessLog.Action.CETAK_DOKUMEN, PersonInCase.CaseKind.PERMOHONAN, document.requestId(),
                document.registrationNumber(), kind.pathSegment())).thenReturn(document);
    }

    /** The request a tracking code opens; a code that opens none is "not found". */
    private Mono<InformationRequestId> requestOf(String kode) {
        return Mono.justOrEmpty(TrackingCode.parse(kode))
                .flatMap(code -> lookup.find(code).flatMap(Mono::justOrEmpty))
                .map(status -> InformationRequestId.of(status.requestId()))
                .switchIfEmpty(Mono.error(new DocumentUnavailable(Reason.TRACKING_CODE_UNKNOWN, "tracking code")));
    }

    private Mono<View> page(NoticeDocument document, DocumentKind kind, String pdfHref, String backHref,
            ServerWebExchange exchange) {
        Toolbar toolbar = printed.toolbar(pdfHref, backHref, exchange.getLocaleContext().getLocale());
        return documents.html(document, kind, toolbar)
                .map(html -> new RenderedDocument(HTML, html.getBytes(StandardCharsets.UTF_8), null));
    }

    private Mono<View> pdf(NoticeDocument document, DocumentKind kind) {
        String inline = ContentDisposition.inline()
                .filename(kind.pdfFileName(document.registrationNumber())).build().toString();
        return documents.pdf(document, kind).map(pdf -> new RenderedDocument(MediaType.APPLICATION_PDF, pdf, inline));
    }

    private Mono<View> unavailable(DocumentUnavailable unavailable, Model model, ServerWebExchange exchange) {
        exchange.getResponse().setStatusCode(HttpStatus.NOT_FOUND);
        String view = "dokumen/tidak-tersedia";
        if (unavailable.reason() == Reason.TRACKING_CODE_UNKNOWN) {
            view = "permohonan/tidak-ditemukan";
        } else {
            model.addAttribute("reason", unavailable.reason().name());
        }
        return views.resolveViewName(view, exchange.getLocaleContext().getLocale());
    }
}

package id.go.cilegon.sigap.webapp.informationrequest.notice;

import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestId;
import id.go.cilegon.sigap.query.informationrequest.notice.api.NoticeDocument;
import id.go.cilegon.sigap.webapp.informationrequest.RequestStatusLookup;
import id.go.cilegon.sigap.webapp.informationrequest.notice.DocumentUnavailable.Reason;
import id.go.cilegon.sigap.webapp.informationrequest.notice.NoticeDocuments.Toolbar;
import id.go.cilegon.sigap.webapp.shared.FieldMessages;
import id.go.cilegon.sigap.webapp.shared.TrackingCode;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The printed pemberitahuan tertulis and tanda bukti penyerahan, as a print-friendly page and as a PDF. Officers
 * open them by request id (behind the login, like every {@code /petugas} page); the requester opens their notice
 * with the tracking code, because the letter is addressed to them.
 */
@Controller
class NoticeDocumentPages {

    private static final String OFFICER = "/petugas/permohonan/{requestId}/";
    private static final String CITIZEN = "/status/{kode}/";

    private final NoticeDocuments documents;
    private final RequestStatusLookup lookup;
    private final FieldMessages messages;

    NoticeDocumentPages(NoticeDocuments documents, RequestStatusLookup lookup, FieldMessages messages) {
        this.documents = documents;
        this.lookup = lookup;
        this.messages = messages;
    }

    @GetMapping(OFFICER + "pemberitahuan")
    Mono<ResponseEntity<String>> officerNotice(@PathVariable("requestId") String requestId,
            ServerWebExchange exchange) {
        return officerPage(requestId, DocumentKind.NOTICE, exchange);
    }

    @GetMapping(OFFICER + "pemberitahuan.pdf")
    Mono<ResponseEntity<byte[]>> officerNoticePdf(@PathVariable("requestId") String requestId) {
        return officerPdf(requestId, DocumentKind.NOTICE);
    }

    @GetMapping(OFFICER + "tanda-bukti-penyerahan")
    Mono<ResponseEntity<String>> officerReceipt(@PathVariable("requestId") String requestId,
            ServerWebExchange exchange) {
        return officerPage(requestId, DocumentKind.DELIVERY_RECEIPT, exchange);
    }

    @GetMapping(OFFICER + "tanda-bukti-penyerahan.pdf")
    Mono<ResponseEntity<byte[]>> officerReceiptPdf(@PathVariable("requestId") String requestId) {
        return officerPdf(requestId, DocumentKind.DELIVERY_RECEIPT);
    }

    @GetMapping(CITIZEN + "pemberitahuan")
    Mono<ResponseEntity<String>> citizenNotice(@PathVariable("kode") String kode, ServerWebExchange exchange) {
        return requestOf(kode).flatMap(documents::find).flatMap(document -> {
            String status = "/status/" + TrackingCode.parse(kode).orElseThrow().value();
            return page(document, DocumentKind.NOTICE, status + "/pemberitahuan.pdf", status, exchange);
        });
    }

    @GetMapping(CITIZEN + "pemberitahuan.pdf")
    Mono<ResponseEntity<byte[]>> citizenNoticePdf(@PathVariable("kode") String kode) {
        return requestOf(kode).flatMap(documents::find).flatMap(document -> pdf(document, DocumentKind.NOTICE));
    }

    private Mono<ResponseEntity<String>> officerPage(String requestId, DocumentKind kind,
            ServerWebExchange exchange) {
        String base = "/petugas/permohonan/" + requestId + "/" + kind.pathSegment();
        return documents.find(InformationRequestId.of(requestId))
                .flatMap(document -> page(document, kind, base + ".pdf", "/petugas/permohonan", exchange));
    }

    private Mono<ResponseEntity<byte[]>> officerPdf(String requestId, DocumentKind kind) {
        return documents.find(InformationRequestId.of(requestId)).flatMap(document -> pdf(document, kind));
    }

    /** The request a tracking code opens; a code that opens none is the status page's "not found". */
    private Mono<InformationRequestId> requestOf(String kode) {
        return Mono.justOrEmpty(TrackingCode.parse(kode))
                .flatMap(code -> lookup.find(code).flatMap(Mono::justOrEmpty))
                .map(status -> InformationRequestId.of(status.requestId()))
                .switchIfEmpty(Mono.error(new DocumentUnavailable(Reason.TRACKING_CODE_UNKNOWN, "tracking code")));
    }

    private Mono<ResponseEntity<String>> page(NoticeDocument document, DocumentKind kind, String pdfHref,
            String backHref, ServerWebExchange exchange) {
        Locale reader = exchange.getLocaleContext().getLocale();
        Toolbar toolbar = new Toolbar(pdfHref, messages.text("dokumen.toolbar.pdf", reader), backHref,
                messages.text("dokumen.toolbar.back", reader));
        return documents.html(document, kind, toolbar)
                .map(html -> ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body(html));
    }

    private Mono<ResponseEntity<byte[]>> pdf(NoticeDocument document, DocumentKind kind) {
        ContentDisposition inline = ContentDisposition.inline()
                .filename(kind.pdfFileName(document.registrationNumber())).build();
        return documents.pdf(document, kind).map(pdf -> ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, inline.toString())
                .body(pdf));
    }

    /** Every missing document is a 404 page that says what is missing; an unknown tracking code is the usual one. */
    @ExceptionHandler(DocumentUnavailable.class)
    String unavailable(DocumentUnavailable unavailable, Model model, ServerWebExchange exchange) {
        exchange.getResponse().setStatusCode(HttpStatus.NOT_FOUND);
        if (unavailable.reason() == Reason.TRACKING_CODE_UNKNOWN) {
            return "permohonan/tidak-ditemukan";
        }
        model.addAttribute("reason", unavailable.reason().name());
        return "dokumen/tidak-tersedia";
    }
}

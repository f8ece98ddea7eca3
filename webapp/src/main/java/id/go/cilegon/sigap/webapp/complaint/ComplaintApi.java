package id.go.cilegon.sigap.webapp.complaint;

import id.go.cilegon.sigap.command.complaint.api.AnswerComplainant;
import id.go.cilegon.sigap.command.complaint.api.ComplaintCategory;
import id.go.cilegon.sigap.command.complaint.api.ComplaintId;
import id.go.cilegon.sigap.command.complaint.api.ComplaintStatus;
import id.go.cilegon.sigap.command.complaint.api.GiveVerdict;
import id.go.cilegon.sigap.query.complaint.api.ComplaintFile;
import id.go.cilegon.sigap.query.complaint.api.ListPublicComplaints;
import id.go.cilegon.sigap.query.complaint.api.PublicComplaint;
import id.go.cilegon.sigap.webapp.shared.FieldMessages;
import id.go.cilegon.sigap.webapp.shared.Messaging;
import id.go.cilegon.sigap.webapp.shared.Paging;
import id.go.cilegon.sigap.webapp.shared.Problems;
import id.go.cilegon.sigap.webapp.shared.TrackingCode;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * JSON API for the same complaint form and status page the citizen uses in the browser: the form is the page's
 * form (multipart, so photos can come with it), the tracking code is the only authority, and refusals are problem
 * details naming the field.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class ComplaintApi {

    private final ComplaintReception reception;
    private final ComplaintLookup lookup;
    private final FieldMessages messages;
    private final Messaging messaging;
    private final Wilayah wilayah;

    ComplaintApi(ComplaintReception reception, ComplaintLookup lookup, FieldMessages messages, Messaging messaging,
            Wilayah wilayah) {
        this.reception = reception;
        this.lookup = lookup;
        this.messages = messages;
        this.messaging = messaging;
        this.wilayah = wilayah;
    }

    @PostMapping(path = "/pengaduan", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Mono<ResponseEntity<?>> register(@Valid @ModelAttribute ComplaintForm form, BindingResult errors,
            ServerWebExchange exchange) {
        Locale locale = exchange.getLocaleContext().getLocale();
        return reception.receive(form, errors, exchange, locale).map(received -> received.fold(
                receipt -> {
                    String status = "/api/v1/status-pengaduan/" + receipt.trackingCode().value();
                    return ResponseEntity.created(URI.create(status)).body(new Registered(receipt.number().value(),
                            receipt.trackingCode().display(), "/pengaduan/status/" + receipt.trackingCode().value(),
                            status));
                },
                invalid -> Problems.invalidFields(invalid.status(),
                        messages.text("problem.invalid-fields.title", locale),
                        messages.text("problem.invalid-fields.detail", locale), invalid.invalidFields())));
    }

    @GetMapping("/status-pengaduan/{kode}")
    Mono<StatusResponse> status(@PathVariable("kode") String kode, ServerWebExchange exchange) {
        return show(parse(kode), file -> true, exchange);
    }

    @PostMapping(path = "/status-pengaduan/{kode}/jawaban", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<StatusResponse> answerQuestion(@PathVariable("kode") String kode,
            @Valid @RequestBody QuestionAnswerForm answer, ServerWebExchange exchange) {
        return act(parse(kode), id -> new AnswerComplainant(id, answer.jawaban().strip(), null),
                file -> file.pendingQuestion() == null, exchange);
    }

    @PostMapping(path = "/status-pengaduan/{kode}/penilaian", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<StatusResponse> giveVerdict(@PathVariable("kode") String kode, @Valid @RequestBody VerdictForm verdict,
            ServerWebExchange exchange) {
        return act(parse(kode), id -> new GiveVerdict(id, verdict.satisfied(), verdict.rating(), verdict.komentar()),
                file -> file.status() != ComplaintStatus.DITANGGAPI, exchange);
    }

    /** The public list as data: not rahasia, no personal data, newest first, 20 a page. */
    @GetMapping("/pengaduan-publik")
    Mono<List<PublicComplaint>> publicList(@RequestParam(name = "kategori", required = false) String kategori,
            @RequestParam(name = "kecamatan", required = false) String kecamatan,
            @RequestParam(name = "halaman", required = false, defaultValue = "1") String halaman) {
        ComplaintCategory category = ComplaintForm.category(kategori).orElse(null);
        int page = Paging.number(halaman);
        return messaging.query(new ListPublicComplaints(category, wilayah.isKecamatan(kecamatan) ? kecamatan : null,
                        (page - 1) * ComplaintPages.PUBLIC_PAGE_SIZE, ComplaintPages.PUBLIC_PAGE_SIZE),
                ResponseTypes.multipleInstancesOf(PublicComplaint.class));
    }

    /** A refused act is a RuleViolation, which ApiProblems turns into 409 with the rule named. */
    private Mono<StatusResponse> act(TrackingCode code, Function<ComplaintId, Object> command,
            Predicate<ComplaintFile> done, ServerWebExchange exchange) {
        return lookup.byCode(code, file -> true)
                .flatMap(found -> Mono.justOrEmpty(found).switchIfEmpty(Mono.error(notFound())))
                .flatMap(found -> messaging.send(command.apply(ComplaintId.of(found.complaintId())))
                        .then(show(code, done, exchange)));
    }

    private Mono<StatusResponse> show(TrackingCode code, Predicate<ComplaintFile> projected,
            ServerWebExchange exchange) {
        return reception.citizenView(code, projected, false, exchange.getLocaleContext().getLocale())
                .flatMap(Mono::justOrEmpty)
                .map(StatusResponse::of)
                .switchIfEmpty(Mono.error(notFound()));
    }

    private static TrackingCode parse(String kode) {
        return TrackingCode.parse(kode).orElseThrow(ComplaintApi::notFound);
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    /**
     * @param kodePelacakan the secret tracking code, shown once: Sigap keeps only its hash
     */
    record Registered(String nomorPengaduan, String kodePelacakan, String halamanStatus, String statusApi) {
    }

    /**
     * The status page as data, in the reader's language ({@code ?lang=en} for English).
     *
     * @param penjelasanBatasWaktu how the verification due date was counted, while it runs; else null
     * @param pertanyaan           the verifier's open question, answered at {@code .../jawaban}; else null
     * @param bolehMenilai      a verdict may be given now at {@code .../penilaian}
     * @param digabungKe        the complaint this one was merged into, whose progress is shown; else null
     * @param dialihkanKe       the information request it became (same tracking code); else null
     */
    record StatusResponse(String nomorPengaduan, String status, String uraianStatus, String judul, String kategori,
            String lokasi, List<String> langkahBerikutnya, String penjelasanBatasWaktu, Question pertanyaan,
            Answer jawaban, boolean bolehMenilai, String digabungKe, String dialihkanKe, List<Event> riwayat) {

        static StatusResponse of(ComplaintStatusView view) {
            return new StatusResponse(view.number(), view.status().name(), view.statusText(), view.subject(),
                    view.category(), view.location(), view.nextSteps(), view.deadlineExplanation(),
                    view.question() == null ? null : new Question(view.question().text(), view.question().askedAt()),
                    view.answer() == null ? null
                            : new Answer(view.answer().unit(), view.answer().text(), view.answer().at()),
                    view.verdictOpen(), view.mergedInto(), view.convertedTo(),
                    view.timeline().stream().map(line -> new Event(line.at(), line.event(), line.text(),
                            line.quote())).toList());
        }
    }

    record Question(String pertanyaan, String diminta) {
    }

    record Answer(String unit, String jawaban, String waktu) {
    }

    record Event(String waktu, String peristiwa, String uraian, String kutipan) {
    }
}

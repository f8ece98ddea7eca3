package id.go.cilegon.sigap.webapp.informationrequest;

import id.go.cilegon.sigap.command.informationrequest.api.FileObjection;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestId;
import id.go.cilegon.sigap.command.informationrequest.api.ProvideClarification;
import id.go.cilegon.sigap.command.shared.api.Channel;
import id.go.cilegon.sigap.query.informationrequest.api.CaseFile;
import id.go.cilegon.sigap.webapp.shared.Messaging;
import id.go.cilegon.sigap.webapp.shared.TrackingCode;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * JSON API for the same request form and status page the citizen uses in the browser: the tracking code is the
 * only authority, the forms are the pages' forms, and refusals are problem details (ApiProblems).
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class InformationRequestApi {

    private final InformationRequestIntake intake;
    private final RequestStatusLookup lookup;
    private final CitizenCase citizenCase;
    private final Messaging messaging;

    InformationRequestApi(InformationRequestIntake intake, RequestStatusLookup lookup, CitizenCase citizenCase,
            Messaging messaging) {
        this.intake = intake;
        this.lookup = lookup;
        this.citizenCase = citizenCase;
        this.messaging = messaging;
    }

    @PostMapping(path = "/permohonan-informasi", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<Registered>> register(@Valid @RequestBody InformationRequestForm form) {
        return intake.register(form, Channel.WEB).map(receipt -> {
            String status = "/api/v1/status-permohonan/" + receipt.trackingCode().value();
            return ResponseEntity.created(URI.create(status)).body(new Registered(
                    receipt.registrationNumber().value(), receipt.trackingCode().display(),
                    "/status/" + receipt.trackingCode().value(), status));
        });
    }

    @GetMapping("/status-permohonan/{kode}")
    Mono<StatusResponse> status(@PathVariable("kode") String kode, ServerWebExchange exchange) {
        TrackingCode code = parse(kode);
        return show(code, lookup.caseFile(lookup.find(code), file -> true), exchange);
    }

    /** The requester answers the PPID's request for completion; answers with the status that follows. */
    @PostMapping(path = "/status-permohonan/{kode}/kelengkapan", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<StatusResponse> answerClarification(@PathVariable("kode") String kode,
            @Valid @RequestBody ClarificationAnswer answer, ServerWebExchange exchange) {
        return act(parse(kode), requestId -> new ProvideClarification(requestId, answer.jawaban().strip(),
                Channel.WEB, null), file -> file.clarification() == null, exchange);
    }

    /** The requester files a keberatan; answers with the status showing its number and the Atasan's deadline. */
    @PostMapping(path = "/status-permohonan/{kode}/keberatan", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<StatusResponse> fileObjection(@PathVariable("kode") String kode,
            @Valid @RequestBody ObjectionForm objection, ServerWebExchange exchange) {
        return act(parse(kode), requestId -> new FileObjection(requestId, objection.ground(),
                objection.kasusPosisi().strip(), null, Channel.WEB, null),
                file -> file.objection() != null && file.objection().open(), exchange);
    }

    /** A refused act is a RuleViolation, which ApiProblems turns into 409 with the rule named. */
    private Mono<StatusResponse> act(TrackingCode code, Function<InformationRequestId, Object> command,
            Predicate<CaseFile> done, ServerWebExchange exchange) {
        return lookup.find(code)
                .flatMap(found -> Mono.justOrEmpty(found).switchIfEmpty(Mono.error(notFound())))
                .flatMap(found -> messaging.send(command.apply(InformationRequestId.of(found.requestId())))
                        .then(show(code, lookup.caseFile(Mono.just(Optional.of(found)), done), exchange)));
    }

    private Mono<StatusResponse> show(TrackingCode code, Mono<Optional<CaseFile>> lookedUp,
            ServerWebExchange exchange) {
        Locale locale = exchange.getLocaleContext().getLocale();
        return lookedUp
                .flatMap(Mono::justOrEmpty)
                .flatMap(file -> lookup.timeline(file)
                        .publishOn(Schedulers.boundedElastic())
                        .map(timeline -> StatusResponse.of(citizenCase.describe(file, timeline, locale), code, locale)))
                .switchIfEmpty(Mono.error(notFound()));
    }

    private static TrackingCode parse(String kode) {
        return TrackingCode.parse(kode).orElseThrow(InformationRequestApi::notFound);
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    /**
     * @param nomorPendaftaran the statutory registration number
     * @param kodePelacakan    the secret tracking code, shown once: Sigap keeps only its hash
     */
    record Registered(String nomorPendaftaran, String kodePelacakan, String halamanStatus, String statusApi) {
    }

    /**
     * The status page as data, in the reader's language ({@code ?lang=en} for English).
     *
     * @param langkahBerikutnya     what comes next and by when, most pressing first
     * @param riwayat               what happened, oldest first
     * @param permintaanKelengkapan the PPID's open question, answered at {@code .../kelengkapan}; else null
     * @param alasanKeberatan       the grounds a keberatan may be filed on now at {@code .../keberatan}
     * @param keberatan             the latest keberatan, or null
     * @param pemberitahuanTertulis the address of the written notice once sent, else null
     * @param berkas                the files of the granted information to download, oldest first
     */
    record StatusResponse(
            String nomorPendaftaran,
            String status,
            Instant diterima,
            String informasiDiminta,
            LocalDate batasPemberitahuanTertulis,
            String penjelasanBatasWaktu,
            List<NextStep> langkahBerikutnya,
            List<Event> riwayat,
            Question permintaanKelengkapan,
            List<Ground> alasanKeberatan,
            Objection keberatan,
            String pemberitahuanTertulis,
            boolean bolehDibatalkan,
            List<File> berkas) {

        static StatusResponse of(CitizenCaseView view, TrackingCode code, Locale locale) {
            return new StatusResponse(view.registrationNumber(), view.status().name(), view.receivedAt(),
                    view.informationRequested(), view.noticeDeadline().dueDate(),
                    view.noticeDeadline().explain(locale),
                    view.nextSteps().stream().map(step -> new NextStep(step.kind(), step.text(), step.dueDate(),
                            step.explanation(), step.workingDaysLeft())).toList(),
                    view.timeline().stream().map(happened -> new Event(happened.at(), happened.event(),
                            happened.text(), happened.quote())).toList(),
                    view.clarification() == null ? null
                            : new Question(view.clarification().question(), view.clarification().askedAt()),
                    view.objectionGrounds().stream().map(ground -> new Ground(ground.ground().name(),
                            ground.letter(), ground.text(), ground.lastDay())).toList(),
                    view.objection() == null ? null : new Objection(view.objection().number(),
                            view.objection().ground().name(), view.objection().receivedAt(),
                            view.objection().answerDeadline().dueDate(), view.objection().answerExplanation(),
                            view.objection().open()),
                    view.noticeSent() ? "/status/" + code.value() + "/pemberitahuan" : null,
                    view.mayWithdraw(),
                    view.documents().stream().map(document -> new File(document.fileName(), document.mediaType(),
                            document.size(), document.sha256(),
                            "/status/" + code.value() + "/dokumen/" + document.documentId())).toList());
        }
    }

    /** @param sisaHariKerja hari kerja left until {@code batasWaktu}, negative when overdue; null without a date */
    record NextStep(String langkah, String uraian, LocalDate batasWaktu, String penjelasan, Integer sisaHariKerja) {
    }

    /** @param kutipan the words that came with it: the question, the answer, a reason; else null */
    record Event(Instant waktu, String peristiwa, String uraian, String kutipan) {
    }

    /**
     * A released file of the granted information.
     *
     * @param ukuran its size in words, e.g. {@code 48 KB}
     * @param sha256 its content's SHA-256, to check a download against
     * @param unduh  where it is downloaded
     */
    record File(String nama, String jenis, String ukuran, String sha256, String unduh) {
    }

    record Question(String pertanyaan, Instant diminta) {
    }

    /** @param batasAkhir the last day to file on this ground (30 hari kerja after it arose) */
    record Ground(String alasan, String huruf, String uraian, LocalDate batasAkhir) {
    }

    /** @param batasTanggapan the Atasan PPID's answer deadline (30 hari kerja after receipt) */
    record Objection(String nomor, String alasan, Instant diterima, LocalDate batasTanggapan,
            String penjelasanBatasTanggapan, boolean menungguTanggapan) {
    }
}

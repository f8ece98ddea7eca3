package id.go.cilegon.sigap.webapp.informationrequest;

import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestStatus;
import id.go.cilegon.sigap.command.informationrequest.api.Proxy;
import id.go.cilegon.sigap.command.informationrequest.api.Requester;
import id.go.cilegon.sigap.command.personaldata.api.PersonInCase;
import id.go.cilegon.sigap.query.informationrequest.api.CaseFile;
import id.go.cilegon.sigap.query.informationrequest.api.TimelineEntry;
import id.go.cilegon.sigap.webapp.informationrequest.CaseActionForms.ActionForm;
import id.go.cilegon.sigap.webapp.personaldata.AccessLog;
import id.go.cilegon.sigap.webapp.personaldata.Masked;
import id.go.cilegon.sigap.webapp.personaldata.RevealForm;
import id.go.cilegon.sigap.webapp.security.Officer;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The officer's case page as JSON: the case file with its timeline and the actions offered, and each action by the
 * same form the page posts. Refusals are problem details: 400 naming the field, 403 for another role's action,
 * 404 for a case the officer may not see, 409 naming the rule that refused it; nothing is stored with any of them.
 */
@RestController
@RequestMapping(path = "/api/v1/petugas/permohonan/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
class OfficerCaseApi {

    private final OfficerCases cases;
    private final OfficerCaseActions actions;
    private final AccessLog accessLog;

    OfficerCaseApi(OfficerCases cases, OfficerCaseActions actions, AccessLog accessLog) {
        this.cases = cases;
        this.actions = actions;
        this.accessLog = accessLog;
    }

    /** @param tindakan the path segments of the actions the officer may take now */
    record CaseResponse(CaseFile berkas, List<TimelineEntry> riwayat, List<String> tindakan) {
    }

    /** @param urutan the sequence number of the last event on the case, after the action */
    record Done(InformationRequestStatus status, long urutan) {

        static Done of(CaseFile file) {
            return new Done(file.status(), file.lastSequence());
        }
    }

    /** The case file with the requester's and kuasa's NIK, phone and e-mail masked; the read is recorded. */
    @GetMapping
    Mono<CaseResponse> caseFile(@PathVariable("id") String id, ServerWebExchange exchange) {
        return cases.officer(exchange).flatMap(officer -> cases.caseFile(id, officer)
                .flatMap(file -> logged(file, officer, AccessLog.Action.LIHAT_BERKAS, null)
                        .then(cases.timeline(file)).map(timeline -> new CaseResponse(
                                file.withPeople(Masked.requester(file.requester()), Masked.proxy(file.proxy())),
                                timeline, actions.offered(file, officer).stream().map(CaseAction::path).toList()))));
    }

    /** @param pemohon {@code null} once erased; @param kuasa {@code null} without one or once erased */
    record Revealed(Requester pemohon, Proxy kuasa) {
    }

    /** The whole NIK, phone and e-mail, for a reason that is recorded before they are sent. */
    @PostMapping(path = "/data-pribadi", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<Revealed> reveal(@PathVariable("id") String id, @Valid @RequestBody Mono<RevealForm> form,
            ServerWebExchange exchange) {
        return cases.officer(exchange).flatMap(officer -> cases.caseFile(id, officer).flatMap(file -> form
                .flatMap(reason -> logged(file, officer, AccessLog.Action.BUKA_DATA, reason.reason())
                        .thenReturn(new Revealed(file.requester(), file.proxy())))));
    }

    private Mono<Void> logged(CaseFile file, Officer officer, AccessLog.Action action, String reason) {
        return file.requester() == null && file.proxy() == null ? Mono.empty() : accessLog.record(officer.username(),
                action, PersonInCase.CaseKind.PERMOHONAN, file.requestId(), file.registrationNumber(), reason);
    }

    @PostMapping(path = "/minta-kelengkapan", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<Done> askClarification(@PathVariable("id") String id,
            @Valid @RequestBody Mono<CaseActionForms.ClarificationQuestion> form, ServerWebExchange exchange) {
        return act(id, CaseAction.MINTA_KELENGKAPAN, form, exchange);
    }

    @PostMapping(path = "/catat-kelengkapan", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<Done> recordClarification(@PathVariable("id") String id,
            @Valid @RequestBody Mono<CaseActionForms.ClarificationReceived> form, ServerWebExchange exchange) {
        return act(id, CaseAction.CATAT_KELENGKAPAN, form, exchange);
    }

    @PostMapping(path = "/teruskan", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<Done> forward(@PathVariable("id") String id, @Valid @RequestBody Mono<CaseActionForms.Forwarding> form,
            ServerWebExchange exchange) {
        return act(id, CaseAction.TERUSKAN, form, exchange);
    }

    @PostMapping(path = "/tanggapan-unit", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<Done> unitInput(@PathVariable("id") String id, @Valid @RequestBody Mono<CaseActionForms.UnitInput> form,
            ServerWebExchange exchange) {
        return act(id, CaseAction.TANGGAPAN_UNIT, form, exchange);
    }

    @PostMapping(path = "/perpanjang", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<Done> extend(@PathVariable("id") String id, @Valid @RequestBody Mono<CaseActionForms.Extension> form,
            ServerWebExchange exchange) {
        return act(id, CaseAction.PERPANJANG, form, exchange);
    }

    @PostMapping(path = "/pemberitahuan", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<Done> notice(@PathVariable("id") String id, @Valid @RequestBody Mono<CaseActionForms.Notice> form,
            ServerWebExchange exchange) {
        return act(id, CaseAction.PEMBERITAHUAN, form, exchange);
    }

    @PostMapping(path = "/penyerahan", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<Done> delivery(@PathVariable("id") String id, @Valid @RequestBody Mono<CaseActionForms.Delivery> form,
            ServerWebExchange exchange) {
        return act(id, CaseAction.PENYERAHAN, form, exchange);
    }

    /** A released file taken back; releasing one takes a file, which the case page's form sends. */
    @PostMapping(path = "/tarik-dokumen", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<Done> withdrawDocument(@PathVariable("id") String id,
            @Valid @RequestBody Mono<CaseActionForms.DocumentWithdrawal> form, ServerWebExchange exchange) {
        return act(id, CaseAction.TARIK_DOKUMEN, form, exchange);
    }

    @PostMapping(path = "/selesai", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<Done> close(@PathVariable("id") String id, @Valid @RequestBody Mono<CaseActionForms.Closing> form,
            ServerWebExchange exchange) {
        return act(id, CaseAction.SELESAI, form, exchange);
    }

    @PostMapping(path = "/pembatalan", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<Done> withdraw(@PathVariable("id") String id, @Valid @RequestBody Mono<CaseActionForms.Withdrawal> form,
            ServerWebExchange exchange) {
        return act(id, CaseAction.PEMBATALAN, form, exchange);
    }

    @PostMapping(path = "/keberatan", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<Done> objection(@PathVariable("id") String id, @Valid @RequestBody Mono<CaseActionForms.DeskObjection> form,
            ServerWebExchange exchange) {
        return act(id, CaseAction.KEBERATAN, form, exchange);
    }

    @PostMapping(path = "/tanggapan-atasan", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<Done> answerObjection(@PathVariable("id") String id,
            @Valid @RequestBody Mono<CaseActionForms.ObjectionAnswer> form, ServerWebExchange exchange) {
        return act(id, CaseAction.TANGGAPAN_ATASAN, form, exchange);
    }

    @PostMapping(path = "/sengketa", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<Done> dispute(@PathVariable("id") String id, @Valid @RequestBody Mono<CaseActionForms.Dispute> form,
            ServerWebExchange exchange) {
        return act(id, CaseAction.SENGKETA, form, exchange);
    }

    @PostMapping(path = "/tahap-sengketa", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<Done> disputeStage(@PathVariable("id") String id,
            @Valid @RequestBody Mono<CaseActionForms.DisputeStageReached> form, ServerWebExchange exchange) {
        return act(id, CaseAction.TAHAP_SENGKETA, form, exchange);
    }

    /** The body is read only once the case is found ({@link OfficerCases#act}). */
    private Mono<Done> act(String id, CaseAction action, Mono<? extends ActionForm> form,
            ServerWebExchange exchange) {
        return cases.officer(exchange).flatMap(officer -> cases.act(id, action, form, officer)).map(Done::of);
    }
}

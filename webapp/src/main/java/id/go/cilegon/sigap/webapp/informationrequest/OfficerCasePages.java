package id.go.cilegon.sigap.webapp.informationrequest;

import id.go.cilegon.sigap.command.informationrequest.api.DeliveryMethod;
import id.go.cilegon.sigap.command.informationrequest.api.DisputeStage;
import id.go.cilegon.sigap.command.informationrequest.api.ExemptionGround;
import id.go.cilegon.sigap.command.informationrequest.api.NoticeDecision;
import id.go.cilegon.sigap.command.informationrequest.api.ObjectionOutcome;
import id.go.cilegon.sigap.command.informationrequest.api.ObtainMethod;
import id.go.cilegon.sigap.command.informationrequest.api.ReleasedDocument;
import id.go.cilegon.sigap.command.personaldata.api.PersonInCase;
import id.go.cilegon.sigap.command.shared.api.RuleViolation;
import id.go.cilegon.sigap.command.shared.calendar.WorkingDayCalendar;
import id.go.cilegon.sigap.query.informationlist.api.ListedInformationEntry;
import id.go.cilegon.sigap.query.informationrequest.api.CaseFile;
import id.go.cilegon.sigap.query.informationrequest.api.TimelineEntry;
import id.go.cilegon.sigap.webapp.complaint.attachment.AttachmentRefused;
import id.go.cilegon.sigap.webapp.complaint.attachment.AttachmentStore;
import id.go.cilegon.sigap.webapp.complaint.attachment.Uploads;
import id.go.cilegon.sigap.webapp.informationrequest.CaseActionForms.ActionForm;
import id.go.cilegon.sigap.webapp.informationrequest.CitizenCaseView.Happening;
import id.go.cilegon.sigap.webapp.personaldata.AccessLog;
import id.go.cilegon.sigap.webapp.personaldata.Masked;
import id.go.cilegon.sigap.webapp.personaldata.PersonalDataView;
import id.go.cilegon.sigap.webapp.personaldata.RevealForm;
import id.go.cilegon.sigap.webapp.personaldata.RevealPage;
import id.go.cilegon.sigap.webapp.security.Officer;
import id.go.cilegon.sigap.webapp.shared.FieldMessages;
import id.go.cilegon.sigap.webapp.shared.Urgency;
import id.go.cilegon.sigap.webapp.unit.Units;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.util.function.Tuple2;

/**
 * The officer's case page: the case file, its deadlines explained, the whole timeline (who, what, when), and a form
 * for each action the officer may take now. A form with invalid fields comes back with the messages beside them, a
 * refused action with its rule at the top, both with nothing changed; a done action redirects back to the page.
 */
@Controller
@RequestMapping("/petugas/permohonan/{id}")
class OfficerCasePages {

    /** The multipart field of the file to release. */
    static final String DOCUMENT_FIELD = "berkas";

    private final OfficerCases cases;
    private final OfficerCaseActions actions;
    private final CitizenCase words;
    private final FieldMessages messages;
    private final Units units;
    private final WorkingDayCalendar calendar;
    private final Clock clock;
    private final Urgency.Ranking urgency;
    private final AccessLog accessLog;
    private final RevealPage revealPage;
    private final ReleasedDocumentStore documents;

    OfficerCasePages(OfficerCases cases, OfficerCaseActions actions, CitizenCase words, FieldMessages messages,
            Units units, WorkingDayCalendar calendar, Clock clock, Urgency.Ranking urgency, AccessLog accessLog,
            RevealPage revealPage, ReleasedDocumentStore documents) {
        this.cases = cases;
        this.actions = actions;
        this.words = words;
        this.messages = messages;
        this.units = units;
        this.calendar = calendar;
        this.clock = clock;
        this.urgency = urgency;
        this.accessLog = accessLog;
        this.revealPage = revealPage;
        this.documents = documents;
    }

    /**
     * The case page; {@code dik} names an exemption in force in the PPID's Daftar Informasi yang Dikecualikan whose
     * Pasal 17 letters and consequence test fill the written notice's form, for the officer to check and send.
     */
    @GetMapping
    Mono<String> page(@PathVariable("id") String id, @RequestParam(name = "berhasil", required = false) String done,
            @RequestParam(name = "dik", required = false) String dik, Model model, ServerWebExchange exchange) {
        if (done != null && Arrays.stream(CaseAction.values()).anyMatch(action -> action.path().equals(done))) {
            model.addAttribute("done", done);
        }
        return cases.officer(exchange).flatMap(officer -> cases.caseFile(id, officer)
                .flatMap(file -> dik == null ? show(file, officer, model, exchange, null, null)
                        : cases.exemptionsInForce().flatMap(exempt -> {
                            ListedInformationEntry chosen = exempt.stream()
                                    .filter(entry -> entry.id().equals(dik)).findFirst()
                                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
                            model.addAttribute("notice", CaseActionForms.Notice.restingOn(chosen.exemption()));
                            model.addAttribute("fromDik", chosen);
                            return show(file, officer, model, exchange, null, null);
                        })));
    }

    /** The requester's and the kuasa's data, masked, with a form asking why the whole of it is needed. */
    @GetMapping("/data-pribadi")
    Mono<String> personalData(@PathVariable("id") String id, Model model, ServerWebExchange exchange) {
        return cases.officer(exchange).flatMap(officer -> cases.caseFile(id, officer).flatMap(file -> revealPage.ask(
                revealed(file), PersonalDataView.of(file.requester(), file.proxy(), false), model)));
    }

    @PostMapping("/data-pribadi")
    Mono<String> revealPersonalData(@PathVariable("id") String id,
            @Valid @ModelAttribute("revealForm") RevealForm form, BindingResult errors, Model model,
            ServerWebExchange exchange) {
        return cases.officer(exchange).flatMap(officer -> cases.caseFile(id, officer).flatMap(file ->
                revealPage.reveal(revealed(file), PersonalDataView.of(file.requester(), file.proxy(), false),
                        PersonalDataView.of(file.requester(), file.proxy(), true), officer, form, errors, model,
                        exchange)));
    }

    private static RevealPage.Case revealed(CaseFile file) {
        return new RevealPage.Case(PersonInCase.CaseKind.PERMOHONAN, file.requestId(), file.registrationNumber(),
                "/petugas/permohonan/" + file.requestId());
    }

    @PostMapping("/minta-kelengkapan")
    Mono<String> askClarification(@PathVariable("id") String id,
            @Valid @ModelAttribute("clarificationQuestion") CaseActionForms.ClarificationQuestion form,
            BindingResult errors, Model model, ServerWebExchange exchange) {
        return act(id, CaseAction.MINTA_KELENGKAPAN, form, errors, model, exchange);
    }

    @PostMapping("/catat-kelengkapan")
    Mono<String> recordClarification(@PathVariable("id") String id,
            @Valid @ModelAttribute("clarificationReceived") CaseActionForms.ClarificationReceived form,
            BindingResult errors, Model model, ServerWebExchange exchange) {
        return act(id, CaseAction.CATAT_KELENGKAPAN, form, errors, model, exchange);
    }

    @PostMapping("/teruskan")
    Mono<String> forward(@PathVariable("id") String id,
            @Valid @ModelAttribute("forwarding") CaseActionForms.Forwarding form,
            BindingResult errors, Model model, ServerWebExchange exchange) {
        return act(id, CaseAction.TERUSKAN, form, errors, model, exchange);
    }

    @PostMapping("/tanggapan-unit")
    Mono<String> unitInput(@PathVariable("id") String id,
            @Valid @ModelAttribute("unitInput") CaseActionForms.UnitInput form,
            BindingResult errors, Model model, ServerWebExchange exchange) {
        return act(id, CaseAction.TANGGAPAN_UNIT, form, errors, model, exchange);
    }

    @PostMapping("/perpanjang")
    Mono<String> extend(@PathVariable("id") String id,
            @Valid @ModelAttribute("extension") CaseActionForms.Extension form,
            BindingResult errors, Model model, ServerWebExchange exchange) {
        return act(id, CaseAction.PERPANJANG, form, errors, model, exchange);
    }

    @PostMapping("/pemberitahuan")
    Mono<String> notice(@PathVariable("id") String id,
            @Valid @ModelAttribute("notice") CaseActionForms.Notice form,
            BindingResult errors, Model model, ServerWebExchange exchange) {
        return act(id, CaseAction.PEMBERITAHUAN, form, errors, model, exchange);
    }

    @PostMapping("/penyerahan")
    Mono<String> delivery(@PathVariable("id") String id,
            @Valid @ModelAttribute("delivery") CaseActionForms.Delivery form,
            BindingResult errors, Model model, ServerWebExchange exchange) {
        return act(id, CaseAction.PENYERAHAN, form, errors, model, exchange);
    }

    /**
     * A file of the granted information for the requester to download (multipart field {@code berkas}): checked and
     * stored first, then released by the aggregate, and deleted again if the aggregate refuses. A file whose release
     * failed otherwise stays stored but unreachable: only a released file is in the case file.
     */
    @PostMapping(path = "/dokumen", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Mono<String> releaseDocument(@PathVariable("id") String id, Model model, ServerWebExchange exchange) {
        Locale locale = exchange.getLocaleContext().getLocale();
        CaseAction action = CaseAction.DOKUMEN;
        return cases.officer(exchange).flatMap(officer -> cases.caseFile(id, officer).flatMap(file -> Uploads
                .read(exchange, DOCUMENT_FIELD).collectList().publishOn(Schedulers.boundedElastic())
                .flatMap(uploads -> {
                    if (uploads.size() != 1) {
                        return invalidDocument(messages.text("case.document.one", locale), HttpStatus.BAD_REQUEST,
                                file, officer, model, exchange);
                    }
                    ReleasedDocument stored = documents.store(file.requestId(), uploads.get(0));
                    return cases.act(id, action, Mono.just(new CaseActionForms.DocumentRelease(stored)), officer)
                            .onErrorResume(RuleViolation.class, refused -> {
                                documents.delete(stored.documentId());
                                return Mono.error(refused);
                            })
                            .map(released -> "redirect:/petugas/permohonan/" + released.requestId() + "?berhasil="
                                    + action.path());
                })
                .onErrorResume(AttachmentRefused.class, refused -> invalidDocument(
                        messages.text(refused.code(), locale, refused.fileName()),
                        refused.tooLarge() ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST,
                        file, officer, model, exchange))
                .onErrorResume(RuleViolation.class,
                        refused -> refused(refused, id, action, officer, model, exchange))));
    }

    /** The case page again, with what is wrong with the file under its field; nothing was stored. */
    private Mono<String> invalidDocument(String message, HttpStatus status, CaseFile file, Officer officer,
            Model model, ServerWebExchange exchange) {
        exchange.getResponse().setStatusCode(status);
        model.addAttribute("errors", Map.of(DOCUMENT_FIELD, List.of(message)));
        return show(file, officer, model, exchange, null, CaseAction.DOKUMEN);
    }

    @PostMapping("/tarik-dokumen")
    Mono<String> withdrawDocument(@PathVariable("id") String id,
            @Valid @ModelAttribute("documentWithdrawal") CaseActionForms.DocumentWithdrawal form,
            BindingResult errors, Model model, ServerWebExchange exchange) {
        return act(id, CaseAction.TARIK_DOKUMEN, form, errors, model, exchange);
    }

    /** A released file as the requester downloads it; one taken back stays readable here, for the record. */
    @GetMapping("/dokumen/{documentId}")
    @ResponseBody
    Mono<ResponseEntity<byte[]>> document(@PathVariable("id") String id,
            @PathVariable("documentId") String documentId, ServerWebExchange exchange) {
        return cases.officer(exchange).flatMap(officer -> cases.caseFile(id, officer))
                .flatMap(file -> Mono.fromCallable(() -> documents.open(file.requestId(), documentId))
                        .subscribeOn(Schedulers.boundedElastic()))
                .flatMap(Mono::justOrEmpty)
                .map(AttachmentStore::response)
                .switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND)));
    }

    @PostMapping("/selesai")
    Mono<String> close(@PathVariable("id") String id,
            @Valid @ModelAttribute("closing") CaseActionForms.Closing form,
            BindingResult errors, Model model, ServerWebExchange exchange) {
        return act(id, CaseAction.SELESAI, form, errors, model, exchange);
    }

    @PostMapping("/pembatalan")
    Mono<String> withdraw(@PathVariable("id") String id,
            @Valid @ModelAttribute("withdrawal") CaseActionForms.Withdrawal form,
            BindingResult errors, Model model, ServerWebExchange exchange) {
        return act(id, CaseAction.PEMBATALAN, form, errors, model, exchange);
    }

    @PostMapping("/keberatan")
    Mono<String> objection(@PathVariable("id") String id,
            @Valid @ModelAttribute("deskObjection") CaseActionForms.DeskObjection form,
            BindingResult errors, Model model, ServerWebExchange exchange) {
        return act(id, CaseAction.KEBERATAN, form, errors, model, exchange);
    }

    @PostMapping("/tanggapan-atasan")
    Mono<String> answerObjection(@PathVariable("id") String id,
            @Valid @ModelAttribute("objectionAnswer") CaseActionForms.ObjectionAnswer form,
            BindingResult errors, Model model, ServerWebExchange exchange) {
        return act(id, CaseAction.TANGGAPAN_ATASAN, form, errors, model, exchange);
    }

    @PostMapping("/sengketa")
    Mono<String> dispute(@PathVariable("id") String id,
            @Valid @ModelAttribute("dispute") CaseActionForms.Dispute form,
            BindingResult errors, Model model, ServerWebExchange exchange) {
        return act(id, CaseAction.SENGKETA, form, errors, model, exchange);
    }

    @PostMapping("/tahap-sengketa")
    Mono<String> disputeStage(@PathVariable("id") String id,
            @Valid @ModelAttribute("disputeStage") CaseActionForms.DisputeStageReached form,
            BindingResult errors, Model model, ServerWebExchange exchange) {
        return act(id, CaseAction.TAHAP_SENGKETA, form, errors, model, exchange);
    }

    private Mono<String> act(String id, CaseAction action, ActionForm form, BindingResult errors, Model model,
            ServerWebExchange exchange) {
        Locale locale = exchange.getLocaleContext().getLocale();
        return cases.officer(exchange).flatMap(officer -> {
            if (errors.hasErrors()) {
                exchange.getResponse().setStatusCode(HttpStatus.BAD_REQUEST);
                model.addAttribute("errors", messages.byField(errors, locale));
                return cases.caseFile(id, officer).flatMap(file -> show(file, officer, model, exchange, null, action));
            }
            return cases.act(id, action, Mono.just(form), officer)
                    .map(file -> "redirect:/petugas/permohonan/" + file.requestId() + "?berhasil=" + action.path())
                    .onErrorResume(RuleViolation.class, refused -> refused(refused, id, action, officer, model,
                            exchange));
        });
    }

    /** The case page as it is now, with the rule the aggregate refused the act by (409). */
    private Mono<String> refused(RuleViolation refused, String id, CaseAction action, Officer officer, Model model,
            ServerWebExchange exchange) {
        exchange.getResponse().setStatusCode(HttpStatus.CONFLICT);
        String rule = messages.text("rule." + refused.code(), exchange.getLocaleContext().getLocale());
        return cases.caseFile(id, officer).flatMap(file -> show(file, officer, model, exchange, rule, action));
    }

    private Mono<String> show(CaseFile file, Officer officer, Model model, ServerWebExchange exchange,
            String refusal, CaseAction failed) {
        Locale locale = exchange.getLocaleContext().getLocale();
        Mono<Void> logged = file.requester() == null && file.proxy() == null ? Mono.empty()
                : accessLog.record(officer.username(), AccessLog.Action.LIHAT_BERKAS, PersonInCase.CaseKind.PERMOHONAN,
                        file.requestId(), file.registrationNumber(), null);
        Set<CaseAction> offered = actions.offered(file, officer);
        Mono<List<ListedInformationEntry>> exemptions = offered.contains(CaseAction.PEMBERITAHUAN)
                ? cases.exemptionsInForce() : Mono.just(List.of());
        Mono<Tuple2<List<TimelineEntry>, List<ListedInformationEntry>>> loaded = logged
                .then(Mono.zip(cases.timeline(file), exemptions)).publishOn(Schedulers.boundedElastic());
        return loaded.map(found -> {
            List<TimelineEntry> timeline = found.getT1();
            model.addAttribute("dikEntries", found.getT2());
            model.addAttribute("documentSizes", file.documents().stream().collect(Collectors.toMap(
                    ReleasedDocument::documentId, document -> CitizenCase.size(document.size(), locale))));
            model.addAttribute("file", file);
            model.addAttribute("requester", Masked.requester(file.requester()));
            model.addAttribute("proxy", Masked.proxy(file.proxy()));
            model.addAttribute("facts", facts(file, locale));
            model.addAttribute("timeline", lines(timeline, locale));
            model.addAttribute("offered", offered.stream().map(Enum::name).collect(Collectors.toSet()));
            model.addAttribute("refusal", refusal);
            model.addAttribute("failed", failed == null ? null : failed.name());
            model.addAttribute("units", units.active());
            model.addAttribute("unitName", file.forwardedTo() == null ? null : units.name(file.forwardedTo().value()));
            model.addAttribute("openGrounds", words.openGrounds(file));
            model.addAttribute("decisions", NoticeDecision.values());
            model.addAttribute("exemptions", ExemptionGround.values());
            model.addAttribute("obtainMethods", ObtainMethod.values());
            model.addAttribute("deliveryMethods", DeliveryMethod.values());
            model.addAttribute("outcomes", outcomes(file));
            model.addAttribute("deskChannels", OfficerIntakePages.DESK_CHANNELS);
            model.addAttribute("nextStages", nextStages(file));
            model.addAttribute("today", LocalDate.ofInstant(clock.instant(), calendar.zone()));
            defaults(model);
            return "petugas/kasus";
        });
    }

    /** The dates of the case in words, with how many hari kerja are left where a clock runs. */
    private Map<String, Object> facts(CaseFile file, Locale locale) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), calendar.zone());
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("receivedAt", words.moment(file.receivedAt(), locale));
        facts.put("noticeDue", words.date(file.noticeDeadline().dueDate(), locale));
        facts.put("noticeExplanation", file.noticeDeadline().explain(locale));
        if (file.notice() == null && file.clarification() == null) {
            int left = calendar.workingDaysUntil(today, file.noticeDeadline().dueDate());
            facts.put("noticeDaysLeft", left);
            facts.put("noticeUrgency", urgency.of(left).name());
        }
        if (file.noticeSentAt() != null) {
            facts.put("noticeSentAt", words.moment(file.noticeSentAt(), locale));
        }
        if (file.objection() != null) {
            facts.put("objectionReceivedAt", words.moment(file.objection().receivedAt(), locale));
            facts.put("objectionDue", words.date(file.objection().answerDeadline().dueDate(), locale));
            facts.put("objectionExplanation", file.objection().answerDeadline().explain(locale));
            if (file.objection().disputeWindow() != null) {
                facts.put("disputeWindowEnds", words.date(file.objection().disputeWindow().dueDate(), locale));
            }
        }
        return facts;
    }

    /** Each timeline entry as a sentence, with who did it: an officer, the requester through a channel, or Sigap. */
    private List<TimelineLine> lines(List<TimelineEntry> timeline, Locale locale) {
        List<Happening> happenings = words.officerTimeline(timeline, locale);
        List<TimelineLine> lines = new ArrayList<>();
        for (int i = 0; i < timeline.size(); i++) {
            TimelineEntry entry = timeline.get(i);
            String by = entry.actor() != null ? messages.text("case.timeline.by", locale, entry.actor())
                    : entry.channel() != null ? messages.text("case.timeline.byRequester", locale,
                            messages.text("Channel." + entry.channel().name(), locale))
                    : messages.text("case.timeline.bySystem", locale);
            lines.add(new TimelineLine(happenings.get(i).when(), happenings.get(i).text(), happenings.get(i).quote(),
                    by, entry.visibleToRequester()));
        }
        return lines;
    }

    record TimelineLine(String when, String text, String quote, String by, boolean visibleToRequester) {
    }

    /** Pasal 35(2): settlement by agreement is not open to a keberatan against a Pasal 17 refusal. */
    private static List<ObjectionOutcome> outcomes(CaseFile file) {
        if (file.objection() != null && !file.objection().ground().settleableByAgreement()) {
            return List.of(ObjectionOutcome.UPHELD, ObjectionOutcome.REJECTED);
        }
        return List.of(ObjectionOutcome.values());
    }

    private static Set<DisputeStage> nextStages(CaseFile file) {
        return file.dispute() == null || file.dispute().currentStage() == null ? EnumSet.noneOf(DisputeStage.class)
                : file.dispute().currentStage().next();
    }

    /** Empty forms for the actions whose form was not just posted. */
    private static void defaults(Model model) {
        model.asMap().putIfAbsent("errors", Map.of());
        model.asMap().putIfAbsent("clarificationQuestion", new CaseActionForms.ClarificationQuestion(""));
        model.asMap().putIfAbsent("clarificationReceived", new CaseActionForms.ClarificationReceived("", ""));
        model.asMap().putIfAbsent("forwarding", new CaseActionForms.Forwarding("", ""));
        model.asMap().putIfAbsent("unitInput", new CaseActionForms.UnitInput(""));
        model.asMap().putIfAbsent("extension", new CaseActionForms.Extension(""));
        model.asMap().putIfAbsent("notice", new CaseActionForms.Notice("ya", "", "", List.of(), "", "", "", null, "",
                List.of(), "", "", "", 0L, ""));
        model.asMap().putIfAbsent("delivery", new CaseActionForms.Delivery(null, "", "", ""));
        model.asMap().putIfAbsent("withdrawal", new CaseActionForms.Withdrawal("", ""));
        model.asMap().putIfAbsent("documentWithdrawal", new CaseActionForms.DocumentWithdrawal("", ""));
        model.asMap().putIfAbsent("deskObjection", new CaseActionForms.DeskObjection("", "", ""));
        model.asMap().putIfAbsent("objectionAnswer", new CaseActionForms.ObjectionAnswer("", ""));
        model.asMap().putIfAbsent("dispute", new CaseActionForms.Dispute("", "", null));
        model.asMap().putIfAbsent("disputeStage", new CaseActionForms.DisputeStageReached("", null, ""));
    }
}

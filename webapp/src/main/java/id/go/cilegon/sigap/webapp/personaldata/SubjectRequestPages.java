package id.go.cilegon.sigap.webapp.personaldata;

import id.go.cilegon.sigap.command.personaldata.api.DataSubjectRequestId;
import id.go.cilegon.sigap.command.personaldata.api.EraseDataSubjects;
import id.go.cilegon.sigap.command.personaldata.api.ExportSubjectData;
import id.go.cilegon.sigap.command.personaldata.api.PersonInCase;
import id.go.cilegon.sigap.command.personaldata.api.RequestBasis;
import id.go.cilegon.sigap.command.shared.api.OfficerId;
import id.go.cilegon.sigap.webapp.shared.FieldMessages;
import id.go.cilegon.sigap.webapp.shared.Messaging;
import id.go.cilegon.sigap.webapp.shared.OfficeDates;
import id.go.cilegon.sigap.webapp.shared.UntilProjected;
import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.json.JsonMapper;

/**
 * The admin's desk for data subjects' requests (UU 27/2022 PDP): find a person by registration number, NIK, phone
 * or e-mail; hand out everything Sigap holds about them as a file; erase them. Each export and erasure is recorded
 * as an event with the request's reference, and every read of the person's data on the way is logged.
 */
@Controller
class SubjectRequestPages {

    static final String PATH = "/admin/data-pribadi";
    private static final int HISTORY = 50;

    private final DataSubjects subjects;
    private final PersonIndex index;
    private final AccessLog accessLog;
    private final Messaging messaging;
    private final FieldMessages messages;
    private final JsonMapper json;
    private final OfficeDates dates;

    SubjectRequestPages(DataSubjects subjects, PersonIndex index, AccessLog accessLog, Messaging messaging,
            FieldMessages messages, JsonMapper json,
            OfficeDates dates) {
        this.subjects = subjects;
        this.index = index;
        this.accessLog = accessLog;
        this.messaging = messaging;
        this.messages = messages;
        this.json = json;
        this.dates = dates;
    }

    @GetMapping(PATH)
    Mono<String> page(@RequestParam(name = "dihapus", required = false) Integer erased, Model model,
            ServerWebExchange exchange) {
        model.addAttribute("erased", erased);
        return show(SubjectRequestForm.empty(null), Map.of(), model, exchange);
    }

    /**
     * The search, posted so that a NIK, phone or e-mail never sits in an address (browser history, proxy logs); an
     * empty or overlong one comes back beside the field.
     */
    @PostMapping(PATH)
    Mono<String> search(@ModelAttribute("search") Search search, Model model, ServerWebExchange exchange) {
        String cari = search.cari() == null ? "" : search.cari().strip();
        if (cari.isEmpty() || cari.length() > 120) {
            exchange.getResponse().setStatusCode(HttpStatus.BAD_REQUEST);
            Locale locale = exchange.getLocaleContext().getLocale();
            return show(SubjectRequestForm.empty(null), Map.of("cari", List.of(messages.text(
                    cari.isEmpty() ? "personal.request.search.blank" : "personal.request.search.long", locale))),
                    model, exchange);
        }
        return show(SubjectRequestForm.empty(cari), Map.of(), model, exchange);
    }

    /**
     * Records the export and sends the browser on to the file ({@code 303}), so the form stays on screen while the
     * file downloads.
     */
    @PostMapping(PATH + "/ekspor")
    Mono<String> export(@Valid @ModelAttribute("form") SubjectRequestForm form, BindingResult errors, Model model,
            ServerWebExchange exchange) {
        return act(form, errors, model, exchange, (admin, people) -> {
            DataSubjectRequestId id = DataSubjectRequestId.newId();
            return messaging.send(new ExportSubjectData(id, people, form.rujukan().strip(), form.note(),
                            new OfficerId(admin)))
                    .thenReturn("redirect:" + PATH + "/ekspor/" + id.value());
        });
    }

    /** The file of a recorded export: everything Sigap holds about its people, now; each case's read is logged. */
    @GetMapping(PATH + "/ekspor/{id}")
    Mono<ResponseEntity<byte[]>> exportFile(@PathVariable("id") String id, ServerWebExchange exchange) {
        return UntilProjected.once(() -> Mono.fromCallable(() -> index.exported(id))
                        .subscribeOn(Schedulers.boundedElastic()), found -> true)
                .flatMap(Mono::justOrEmpty)
                .switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND)))
                .flatMap(export -> exchange.getPrincipal().map(Principal::getName).flatMap(admin ->
                        logEach(admin, AccessLog.Action.EKSPOR, export.people(), export.reference())
                                .then(subjects.export(export.people(), export.request())))
                        .map(content -> ResponseEntity.ok()
                                .contentType(new MediaType(MediaType.APPLICATION_JSON, StandardCharsets.UTF_8))
                                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                                        .filename("data-pribadi-" + LocalDate.ofInstant(export.at(),
                                                ZoneOffset.UTC) + ".json").build().toString())
                                .body(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(content))));
    }

    @PostMapping(PATH + "/hapus")
    Mono<String> erase(@Valid @ModelAttribute("form") SubjectRequestForm form, BindingResult errors, Model model,
            ServerWebExchange exchange) {
        if (!form.confirmed()) {
            FieldMessages.reject(errors, "konfirmasi", "personal.request.confirm");
        }
        return act(form, errors, model, exchange, (admin, people) -> messaging.send(new EraseDataSubjects(
                        DataSubjectRequestId.newId(), people, RequestBasis.PERMINTAAN_SUBJEK, form.rujukan().strip(),
                        form.note(), new OfficerId(admin)))
                .then(logEach(admin, AccessLog.Action.HAPUS, people, form.rujukan().strip()))
                .thenReturn("redirect:" + PATH + "?dihapus="
                        + people.stream().map(PersonInCase::subject).distinct().count()));
    }

    /** @param cari the registration number, NIK, phone or e-mail to look for */
    record Search(String cari) {
    }

    private interface Act {
        Mono<String> run(String admin, List<PersonInCase> people);
    }

    /**
     * Runs the export or erasure on the chosen people the search finds again now; a form with errors, or a choice
     * the search no longer shows, comes back with nothing done.
     */
    private Mono<String> act(SubjectRequestForm form, BindingResult errors, Model model, ServerWebExchange exchange,
            Act act) {
        if (errors.hasErrors()) {
            return refuse(form, errors, model, exchange);
        }
        return subjects.chosen(form.cari(), form.subjek()).flatMap(people -> {
            if (people.isEmpty()) {
                FieldMessages.reject(errors, "subjek", "personal.request.notFound");
                return refuse(form, errors, model, exchange);
            }
            return exchange.getPrincipal().map(Principal::getName)
                    .flatMap(admin -> act.run(admin, people));
        });
    }

    private Mono<String> refuse(SubjectRequestForm form, BindingResult errors, Model model,
            ServerWebExchange exchange) {
        exchange.getResponse().setStatusCode(HttpStatus.BAD_REQUEST);
        Locale locale = exchange.getLocaleContext().getLocale();
        return show(form, messages.byField(errors, locale), model, exchange);
    }

    private Mono<String> show(SubjectRequestForm form, Map<String, List<String>> errors, Model model,
            ServerWebExchange exchange) {
        return exchange.getPrincipal().map(Principal::getName).flatMap(admin -> subjects.search(form.cari())
                .flatMap(found -> logEach(admin, AccessLog.Action.CARI_SUBJEK,
                        found.stream().flatMap(person -> person.places().stream()).toList(), null).thenReturn(found))
                .map(found -> {
                    model.addAttribute("form", form);
                    model.addAttribute("errors", errors);
                    model.addAttribute("found", found);
                    model.addAttribute("searched", form.cari() != null && !form.cari().isBlank());
                    model.addAttribute("history", index.requests(HISTORY));
                    model.addAttribute("dates", dates);
                    return "admin/data-pribadi";
                }));
    }

    private Mono<Void> logEach(String admin, AccessLog.Action action, List<PersonInCase> people, String reason) {
        return Flux.fromIterable(people.stream().map(place -> List.of(place.kind().name(), place.caseId(),
                        String.valueOf(place.caseNumber()))).distinct().toList())
                .concatMap(place -> accessLog.record(admin, action, PersonInCase.CaseKind.valueOf(place.get(0)),
                        place.get(1), place.get(2), reason))
                .then();
    }
}

package id.go.cilegon.sigap.webapp.informationlist;

import id.go.cilegon.sigap.command.informationlist.api.ExemptInformation;
import id.go.cilegon.sigap.command.informationlist.api.InformationCategory;
import id.go.cilegon.sigap.command.informationlist.api.InformationForm;
import id.go.cilegon.sigap.command.informationlist.api.LiftExemption;
import id.go.cilegon.sigap.command.informationlist.api.ListInformation;
import id.go.cilegon.sigap.command.informationlist.api.ListedInformationId;
import id.go.cilegon.sigap.command.informationlist.api.ListedInformationStatus;
import id.go.cilegon.sigap.command.informationlist.api.UpdateListedInformation;
import id.go.cilegon.sigap.command.informationlist.api.WithdrawListedInformation;
import id.go.cilegon.sigap.command.informationrequest.api.ExemptionGround;
import id.go.cilegon.sigap.command.shared.api.RuleViolation;
import id.go.cilegon.sigap.query.informationlist.api.FindListedInformation;
import id.go.cilegon.sigap.query.informationlist.api.ListListedInformation;
import id.go.cilegon.sigap.query.informationlist.api.ListedInformationEntry;
import id.go.cilegon.sigap.webapp.security.Officer;
import id.go.cilegon.sigap.webapp.security.OfficerAccounts;
import id.go.cilegon.sigap.webapp.security.OfficerRole;
import id.go.cilegon.sigap.webapp.shared.CsvUploads;
import id.go.cilegon.sigap.webapp.shared.FieldMessages;
import id.go.cilegon.sigap.webapp.shared.FilterParameters;
import id.go.cilegon.sigap.webapp.shared.Messaging;
import id.go.cilegon.sigap.webapp.shared.OfficeDates;
import id.go.cilegon.sigap.webapp.shared.UntilProjected;
import id.go.cilegon.sigap.webapp.unit.Units;
import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.http.HttpStatus;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The PPID's pages for its lists: every piece of information with its status, exemptions due for a new test first;
 * listing one; its page with the exemption in force, its history and a form for each step the officer may take:
 * update the description, record an exemption decision (or its renewal), lift it, withdraw the information.
 */
@Controller
class InformationListPages {

    private final Messaging messaging;
    private final OfficerAccounts accounts;
    private final InformationListView view;
    private final FieldMessages messages;
    private final Units units;
    private final OfficeDates dates;
    private final InformationCsvImport csv;

    InformationListPages(Messaging messaging, OfficerAccounts accounts, InformationListView view,
            FieldMessages messages, Units units, OfficeDates dates, InformationCsvImport csv) {
        this.csv = csv;
        this.messaging = messaging;
        this.accounts = accounts;
        this.view = view;
        this.messages = messages;
        this.units = units;
        this.dates = dates;
    }

    /** What an officer may do with a piece of information, by its form's path. */
    enum Step {
        UBAH, KECUALIKAN, BUKA, TARIK;

        /** The officer's roles allow the step (checked before the form is read, as the paths' access is). */
        boolean permitted(Officer officer) {
            boolean ppid = officer.has(OfficerRole.PETUGAS_PPID);
            return switch (this) {
                case UBAH, TARIK -> ppid;
                case KECUALIKAN, BUKA -> ppid || officer.has(OfficerRole.ATASAN_PPID);
            };
        }

        /** The page offers the step: permitted, and the information's status allows it. */
        boolean offered(Officer officer, ListedInformationEntry entry) {
            return permitted(officer) && !entry.status().isFinal()
                    && (this != BUKA || entry.status() == ListedInformationStatus.DIKECUALIKAN);
        }
    }

    // ------------------------------------------------------------------------------------------------ the list

    /**
     * Open and exempt information by default; {@code status} narrows to one status, withdrawn included, and
     * {@code cari} to the information whose title, summary, unit or number hold every word.
     */
    @GetMapping("/petugas/informasi")
    Mono<String> list(@RequestParam(name = "status", required = false) String status,
            @RequestParam(name = "cari", required = false) String cari, Model model, ServerWebExchange exchange) {
        List<String> words = InformationListView.words(cari);
        ListedInformationStatus chosen = FilterParameters.choice(ListedInformationStatus.class, status, "status");
        Locale locale = exchange.getLocaleContext().getLocale();
        ListListedInformation query = chosen == null
                ? ListListedInformation.of(ListedInformationStatus.TERBUKA, ListedInformationStatus.DIKECUALIKAN)
                : ListListedInformation.of(chosen);
        return accounts.caseWorker(exchange).flatMap(officer -> messaging.query(query,
                        ResponseTypes.multipleInstancesOf(ListedInformationEntry.class))
                .publishOn(Schedulers.boundedElastic())
                .map(entries -> {
                    Units.Names names = units.names();
                    List<InformationListView.Line> lines = entries.stream()
                            .map(entry -> view.line(entry, names, locale))
                            .filter(line -> line.matches(words))
                            .sorted((one, other) -> Boolean.compare(other.due(), one.due()))
                            .toList();
                    model.addAttribute("lines", lines);
                    model.addAttribute("statuses", ListedInformationStatus.values());
                    model.addAttribute("status", chosen == null ? "" : chosen.name());
                    model.addAttribute("cari", cari == null ? "" : cari.strip());
                    model.addAttribute("mayList", officer.has(OfficerRole.PETUGAS_PPID));
                    return "petugas/informasi-daftar";
                }));
    }

    // ----------------------------------------------------------------------------------------------- listing

    @GetMapping("/petugas/informasi/baru")
    Mono<String> newEntry(Model model, ServerWebExchange exchange) {
        return accounts.caseWorker(exchange).map(officer -> showNew(model, InformationEntryForm.empty(), Map.of()));
    }

    @PostMapping("/petugas/informasi/baru")
    Mono<String> list(@Valid @ModelAttribute("form") InformationEntryForm form, BindingResult errors, Model model,
            ServerWebExchange exchange) {
        Locale locale = exchange.getLocaleContext().getLocale();
        return accounts.caseWorker(exchange).flatMap(officer -> activeUnits().flatMap(active -> {
            form.check(active, errors);
            if (errors.hasErrors()) {
                exchange.getResponse().setStatusCode(HttpStatus.BAD_REQUEST);
                return Mono.just(showNew(model, form, messages.byField(errors, locale)));
            }
            ListedInformationId id = ListedInformationId.newId();
            return messaging.send(new ListInformation(id, form.description(), officer.id()))
                    .then(find(id.value(), entry -> true))
                    .thenReturn("redirect:/petugas/informasi/" + id.value() + "?berhasil=catat");
        }));
    }

    /** A PPID's existing list: every valid row listed, every invalid one named with its reason. */
    @PostMapping("/petugas/informasi/impor")
    Mono<String> importCsv(@RequestPart(name = "berkas", required = false) Mono<FilePart> upload, Model model,
            ServerWebExchange exchange) {
        Locale locale = exchange.getLocaleContext().getLocale();
        return accounts.caseWorker(exchange).flatMap(officer -> upload
                .flatMap(part -> csv.read(part, officer.id(), locale))
                .switchIfEmpty(Mono.fromSupplier(() -> CsvUploads.Imported.refused(
                        messages.text("information.import.missing", locale))))
                .publishOn(Schedulers.boundedElastic())
                .map(result -> {
                    if (result.refusal() != null) {
                        exchange.getResponse().setStatusCode(HttpStatus.BAD_REQUEST);
                    }
                    model.addAttribute("imported", result);
                    return showNew(model, InformationEntryForm.empty(), Map.of());
                }));
    }

    private String showNew(Model model, InformationEntryForm form, Map<String, List<String>> errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("categories", InformationCategory.values());
        model.addAttribute("forms", InformationForm.values());
        model.addAttribute("units", units.active());
        return "petugas/informasi-baru";
    }

    // ------------------------------------------------------------------------------------------ its own page

    @GetMapping("/petugas/informasi/{id}")
    Mono<String> page(@PathVariable("id") String id, @RequestParam(name = "berhasil", required = false) String done,
            Model model, ServerWebExchange exchange) {
        if (done != null && done.matches("[a-z-]{1,30}")) {
            model.addAttribute("done", done);
        }
        return accounts.caseWorker(exchange).flatMap(officer -> entry(id)
                .flatMap(entry -> show(entry, officer, model, exchange, null, null)));
    }

    @PostMapping("/petugas/informasi/{id}/ubah")
    Mono<String> update(@PathVariable("id") String id, @Valid @ModelAttribute("form") InformationEntryForm form,
            BindingResult errors, Model model, ServerWebExchange exchange) {
        return accounts.caseWorker(exchange).flatMap(officer -> entry(id).flatMap(entry -> activeUnits()
                .flatMap(active -> {
                    form.check(active, errors);
                    return act(entry, officer, Step.UBAH, errors, model, exchange, () -> new UpdateListedInformation(
                            ListedInformationId.of(entry.id()), form.description(), form.refreshed(), officer.id()));
                })));
    }

    @PostMapping("/petugas/informasi/{id}/kecualikan")
    Mono<String> exempt(@PathVariable("id") String id, @Valid @ModelAttribute("exemptionForm") ExemptionForm form,
            BindingResult errors, Model model, ServerWebExchange exchange) {
        return accounts.caseWorker(exchange).flatMap(officer -> entry(id).flatMap(entry -> {
            form.check(errors);
            return act(entry, officer, Step.KECUALIKAN, errors, model, exchange, () -> new ExemptInformation(
                    ListedInformationId.of(entry.id()), form.exemption(), officer.id()));
        }));
    }

    @PostMapping("/petugas/informasi/{id}/buka")
    Mono<String> lift(@PathVariable("id") String id, @Valid @ModelAttribute("reasonForm") ReasonForm form,
            BindingResult errors, Model model, ServerWebExchange exchange) {
        return accounts.caseWorker(exchange).flatMap(officer -> entry(id).flatMap(entry -> act(entry, officer,
                Step.BUKA, errors, model, exchange, () -> new LiftExemption(ListedInformationId.of(entry.id()),
                        form.alasan(), officer.id()))));
    }

    @PostMapping("/petugas/informasi/{id}/tarik")
    Mono<String> withdraw(@PathVariable("id") String id, @Valid @ModelAttribute("reasonForm") ReasonForm form,
            BindingResult errors, Model model, ServerWebExchange exchange) {
        return accounts.caseWorker(exchange).flatMap(officer -> entry(id).flatMap(entry -> act(entry, officer,
                Step.TARIK, errors, model, exchange, () -> new WithdrawListedInformation(
                        ListedInformationId.of(entry.id()), form.alasan(), officer.id()))));
    }

    /**
     * Carries out {@code step}: refused (403) when this officer's roles do not allow it, the page again with the fields
     * to correct (400) or the rule that refused it (409), else the page once the lists show the step.
     */
    private Mono<String> act(ListedInformationEntry entry, Officer officer, Step step, BindingResult errors,
            Model model, ServerWebExchange exchange, Supplier<Object> command) {
        if (!step.permitted(officer)) {
            return Mono.error(new ResponseStatusException(HttpStatus.FORBIDDEN));
        }
        Locale locale = exchange.getLocaleContext().getLocale();
        if (errors.hasErrors()) {
            exchange.getResponse().setStatusCode(HttpStatus.BAD_REQUEST);
            model.addAttribute("errors", messages.byField(errors, locale));
            return show(entry, officer, model, exchange, null, step);
        }
        return messaging.send(command.get())
                .then(find(entry.id(), now -> now.lastSequence() > entry.lastSequence()))
                .thenReturn("redirect:/petugas/informasi/" + entry.id() + "?berhasil="
                        + step.name().toLowerCase(Locale.ROOT))
                .onErrorResume(RuleViolation.class, refused -> {
                    exchange.getResponse().setStatusCode(HttpStatus.CONFLICT);
                    return entry(entry.id()).flatMap(now -> show(now, officer, model, exchange,
                            messages.text("rule." + refused.code(), locale), step));
                });
    }

    private Mono<String> show(ListedInformationEntry entry, Officer officer, Model model, ServerWebExchange exchange,
            String refusal, Step failed) {
        Locale locale = exchange.getLocaleContext().getLocale();
        return actors(entry).publishOn(Schedulers.boundedElastic()).map(names -> {
            model.addAttribute("entry", entry);
            List<Units.Unit> all = units.all();
            model.addAttribute("line", view.line(entry, Units.Names.of(all), locale));
            model.addAttribute("history", entry.history().stream().map(change -> new HistoryLine(
                    dates.moment(change.at(), locale), change.by() == null ? null
                    : names.getOrDefault(change.by(), change.by()), messages.text("information.change."
                    + change.kind().name(), locale), change.note())).toList());
            model.addAttribute("offered", Arrays.stream(Step.values()).filter(step -> step.offered(officer, entry))
                    .map(Enum::name).collect(Collectors.toSet()));
            model.addAttribute("refusal", refusal);
            model.addAttribute("failed", failed == null ? null : failed.name());
            model.addAttribute("categories", InformationCategory.values());
            model.addAttribute("forms", InformationForm.values());
            model.addAttribute("grounds", ExemptionGround.values());
            model.addAttribute("units", Units.activeOf(all));
            if (!model.containsAttribute("errors")) {
                model.addAttribute("errors", Map.of());
            }
            if (!model.containsAttribute("form") || failed != Step.UBAH) {
                model.addAttribute("form", InformationEntryForm.of(entry.description()));
            }
            if (!model.containsAttribute("exemptionForm") || failed != Step.KECUALIKAN) {
                model.addAttribute("exemptionForm", entry.exemption() == null ? ExemptionForm.empty()
                        : ExemptionForm.renewing(entry.exemption()));
            }
            if (!model.containsAttribute("reasonForm") || failed != Step.BUKA && failed != Step.TARIK) {
                model.addAttribute("reasonForm", ReasonForm.empty());
            }
            return "petugas/informasi";
        });
    }

    /** One step of the history as the page shows it (the officers' timeline fragment). */
    record HistoryLine(String at, String actor, String text, String quote) {
    }

    /** The display names of the officers in the history, by user name. */
    private Mono<Map<String, String>> actors(ListedInformationEntry entry) {
        return Flux.fromStream(entry.history().stream().map(ListedInformationEntry.Change::by)
                        .filter(Objects::nonNull).distinct())
                .flatMap(accounts::officer)
                .collectMap(Officer::username, Officer::displayName);
    }

    private Mono<Predicate<String>> activeUnits() {
        return Mono.fromCallable(() -> {
            Set<String> active = units.active().stream().map(Units.Unit::code).collect(Collectors.toSet());
            return (Predicate<String>) active::contains;
        }).subscribeOn(Schedulers.boundedElastic());
    }

    /** The piece of information, or "not found". */
    private Mono<ListedInformationEntry> entry(String id) {
        if (!id.matches("[A-Za-z0-9-]{1,64}")) {
            return Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND));
        }
        return messaging.query(new FindListedInformation(id),
                        ResponseTypes.optionalInstanceOf(ListedInformationEntry.class))
                .flatMap(Mono::justOrEmpty)
                .switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND)));
    }

    /** The piece of information once the lists show it as {@code ready} accepts, within the projection wait. */
    private Mono<Optional<ListedInformationEntry>> find(String id, Predicate<ListedInformationEntry> ready) {
        return UntilProjected.once(() -> messaging.query(new FindListedInformation(id),
                ResponseTypes.optionalInstanceOf(ListedInformationEntry.class)), ready);
    }
}

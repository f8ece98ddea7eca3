package id.go.cilegon.sigap.webapp.mediaissue;

import id.go.cilegon.sigap.command.complaint.api.ComplaintCategory;
import id.go.cilegon.sigap.command.informationrequest.api.DeliveryMethod;
import id.go.cilegon.sigap.command.informationrequest.api.ObtainMethod;
import id.go.cilegon.sigap.command.mediaissue.api.IssueOrigin;
import id.go.cilegon.sigap.command.mediaissue.api.IssueUrgency;
import id.go.cilegon.sigap.command.mediaissue.api.MediaIssueId;
import id.go.cilegon.sigap.command.mediaissue.api.MediaIssueStatus;
import id.go.cilegon.sigap.command.mediaissue.api.MediaKind;
import id.go.cilegon.sigap.command.mediaissue.api.ReferMediaIssue;
import id.go.cilegon.sigap.command.mediaissue.api.ReferralKind;
import id.go.cilegon.sigap.command.mediaissue.api.ResponseKind;
import id.go.cilegon.sigap.command.shared.api.RuleViolation;
import id.go.cilegon.sigap.command.shared.api.Sentiment;
import id.go.cilegon.sigap.command.shared.api.personaldata.DataSubjectId;
import id.go.cilegon.sigap.command.shared.api.personaldata.PersonalData;
import id.go.cilegon.sigap.command.shared.calendar.WorkingDayCalendar;
import id.go.cilegon.sigap.query.mediaissue.api.ListMediaIssues;
import id.go.cilegon.sigap.query.mediaissue.api.MediaIssueFile;
import id.go.cilegon.sigap.webapp.complaint.Wilayah;
import id.go.cilegon.sigap.webapp.informationrequest.InformationRequestForm;
import id.go.cilegon.sigap.webapp.shared.FilterParameters;
import id.go.cilegon.sigap.webapp.security.Officer;
import id.go.cilegon.sigap.webapp.security.OfficerRole;
import id.go.cilegon.sigap.webapp.shared.CsvUploads;
import id.go.cilegon.sigap.webapp.shared.FieldMessages;
import id.go.cilegon.sigap.webapp.shared.Messaging;
import id.go.cilegon.sigap.webapp.shared.OfficeDates;
import id.go.cilegon.sigap.webapp.shared.TrackingCode;
import id.go.cilegon.sigap.webapp.unit.Units;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The media officers' pages: the issues queue, most pressing clock first; logging an issue by hand or from a
 * monitoring tool's CSV; the issue's page with its clocks, clarifications, every version of the response, the
 * timeline and a form for each action the officer may take now.
 */
@Controller
class MediaIssuePages {

    private final OfficerMediaIssues issues;
    private final MediaIssueView view;
    private final MediaIntake intake;
    private final MediaCsvImport csv;
    private final Messaging messaging;
    private final FieldMessages messages;
    private final Units units;
    private final Wilayah wilayah;
    private final OfficeDates dates;
    private final WorkingDayCalendar calendar;

    MediaIssuePages(OfficerMediaIssues issues, MediaIssueView view, MediaIntake intake, MediaCsvImport csv,
            Messaging messaging, FieldMessages messages, Units units, Wilayah wilayah, OfficeDates dates,
            WorkingDayCalendar calendar) {
        this.dates = dates;
        this.issues = issues;
        this.view = view;
        this.intake = intake;
        this.csv = csv;
        this.messaging = messaging;
        this.messages = messages;
        this.units = units;
        this.wilayah = wilayah;
        this.calendar = calendar;
    }

    // ------------------------------------------------------------------------------------------------- the queue

    /** Open issues by default; {@code status} narrows to one status (closed ones included), {@code urgensi} too. */
    @GetMapping("/petugas/isu")
    Mono<String> queue(@RequestParam(name = "status", required = false) String status,
            @RequestParam(name = "urgensi", required = false) String urgensi, Model model,
            ServerWebExchange exchange) {
        MediaIssueStatus chosenStatus = FilterParameters.choice(MediaIssueStatus.class, status, "status");
        IssueUrgency chosenUrgency = FilterParameters.choice(IssueUrgency.class, urgensi, "urgensi");
        Locale locale = exchange.getLocaleContext().getLocale();
        return issues.officer(exchange).flatMap(officer -> messaging.query(chosenStatus == null
                                ? ListMediaIssues.open() : new ListMediaIssues(Set.of(chosenStatus), null),
                        ResponseTypes.multipleInstancesOf(MediaIssueFile.class))
                .publishOn(Schedulers.boundedElastic())
                .map(files -> {
                    List<MediaIssueView.Row> rows = files.stream()
                            .filter(file -> MediaIssueAction.mayOpen(officer, file))
                            .filter(file -> chosenUrgency == null
                                    || file.triage() != null && file.triage().urgency() == chosenUrgency)
                            .map(file -> view.row(file, locale))
                            .sorted(MediaIssueView.Row.MOST_PRESSING)
                            .toList();
                    model.addAttribute("rows", rows);
                    model.addAttribute("statuses", MediaIssueStatus.values());
                    model.addAttribute("urgencies", IssueUrgency.values());
                    model.addAttribute("status", chosenStatus == null ? "" : chosenStatus.name());
                    model.addAttribute("urgensi", chosenUrgency == null ? "" : chosenUrgency.name());
                    model.addAttribute("mayLog", officer.has(OfficerRole.PETUGAS_MEDIA));
                    return "petugas/isu-antrian";
                }));
    }

    // ------------------------------------------------------------------------------------------ logging an issue

    @GetMapping("/petugas/isu/baru")
    Mono<String> newIssue(Model model, ServerWebExchange exchange) {
        return issues.officer(exchange).map(officer -> showNewIssue(model, MediaIssueForm.empty(), Map.of(), null));
    }

    @PostMapping("/petugas/isu/baru")
    Mono<String> log(@Valid @ModelAttribute("form") MediaIssueForm form, BindingResult errors, Model model,
            ServerWebExchange exchange) {
        Locale locale = exchange.getLocaleContext().getLocale();
        return issues.officer(exchange).flatMap(officer -> {
            if (errors.hasErrors()) {
                exchange.getResponse().setStatusCode(HttpStatus.BAD_REQUEST);
                return Mono.just(showNewIssue(model, form, messages.byField(errors, locale), null));
            }
            return Mono.fromCallable(() -> intake.log(form.source(calendar.zone()), IssueOrigin.PETUGAS, null,
                            officer.id()))
                    .subscribeOn(Schedulers.boundedElastic())
                    .flatMap(outcome -> issues.find(outcome.mediaIssueId(), file -> true).thenReturn(outcome))
                    .map(outcome -> "redirect:/petugas/isu/" + outcome.mediaIssueId() + "?berhasil="
                            + (outcome.logged() ? "catat" : "sudah-ada"));
        });
    }

    /** A monitoring tool's export: every valid row logged, every invalid one named with its reason. */
    @PostMapping("/petugas/isu/impor")
    Mono<String> importCsv(@RequestPart(name = "berkas", required = false) Mono<FilePart> upload, Model model,
            ServerWebExchange exchange) {
        Locale locale = exchange.getLocaleContext().getLocale();
        return issues.officer(exchange).flatMap(officer -> upload
                .flatMap(part -> csv.read(part, officer.id(), locale))
                .map(result -> {
                    if (result.refusal() != null) {
                        exchange.getResponse().setStatusCode(HttpStatus.BAD_REQUEST);
                    }
                    return showNewIssue(model, MediaIssueForm.empty(), Map.of(), result);
                })
                .switchIfEmpty(Mono.fromSupplier(() -> {
                    exchange.getResponse().setStatusCode(HttpStatus.BAD_REQUEST);
                    return showNewIssue(model, MediaIssueForm.empty(), Map.of(),
                            CsvUploads.Imported.refused(messages.text("media.import.missing", locale)));
                })));
    }

    private String showNewIssue(Model model, MediaIssueForm form, Map<String, List<String>> errors,
            CsvUploads.Imported imported) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", MediaKind.values());
        model.addAttribute("imported", imported);
        return "petugas/isu-baru";
    }

    // ----------------------------------------------------------------------------------------- the issue's page

    @GetMapping("/petugas/isu/{id}")
    Mono<String> page(@PathVariable("id") String id, @RequestParam(name = "berhasil", required = false) String done,
            Model model, ServerWebExchange exchange) {
        if (done != null && done.matches("[a-z-]{1,30}")) {
            model.addAttribute("done", done);
        }
        return issues.officer(exchange).flatMap(officer -> issues.file(id, officer)
                .flatMap(file -> show(file, officer, model, exchange, null, null)));
    }

    @PostMapping("/petugas/isu/{id}/{aksi}")
    Mono<String> act(@PathVariable("id") String id, @PathVariable("aksi") String aksi,
            @Valid @ModelAttribute("actionForm") MediaIssueActionForm form, BindingResult errors, Model model,
            ServerWebExchange exchange) {
        MediaIssueAction action = MediaIssueAction.byPath(aksi)
                .filter(found -> found != MediaIssueAction.JADIKAN_PERMOHONAN)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Locale locale = exchange.getLocaleContext().getLocale();
        return issues.officer(exchange).flatMap(officer -> issues.fileFor(id, officer, action).flatMap(file -> {
            form.check(action, officer, known(), errors);
            if (errors.hasErrors()) {
                return invalid(file, officer, model, exchange, messages.byField(errors, locale), action);
            }
            if (action == MediaIssueAction.JADIKAN_PENGADUAN) {
                TrackingCode code = TrackingCode.generate();
                return refer(file, officer, action, form.complaintReferral(MediaIssueId.of(file.mediaIssueId()),
                        code.hash(), officer), code, model, exchange);
            }
            return issues.act(file, form.command(action, MediaIssueId.of(file.mediaIssueId()),
                            officer, calendar.zone()))
                    .thenReturn("redirect:/petugas/isu/" + file.mediaIssueId() + "?berhasil=" + action.path())
                    .onErrorResume(RuleViolation.class, refused -> refused(file, officer, model, exchange, refused,
                            action));
        }));
    }

    /** A journalist's document request: the Perki request form's fields, then a permohonan in the PPID's register. */
    @PostMapping("/petugas/isu/{id}/jadikan-permohonan")
    Mono<String> referToPpid(@PathVariable("id") String id,
            @Valid @ModelAttribute("requestForm") InformationRequestForm request, BindingResult requestErrors,
            @Valid @ModelAttribute("actionForm") MediaIssueActionForm form, BindingResult errors, Model model,
            ServerWebExchange exchange) {
        MediaIssueAction action = MediaIssueAction.JADIKAN_PERMOHONAN;
        Locale locale = exchange.getLocaleContext().getLocale();
        return issues.officer(exchange).flatMap(officer -> issues.fileFor(id, officer, action).flatMap(file -> {
            form.check(action, officer, known(), errors);
            if (requestErrors.hasErrors() || errors.hasErrors()) {
                Map<String, List<String>> all = new LinkedHashMap<>(messages.byField(requestErrors, locale));
                all.putAll(messages.byField(errors, locale));
                model.addAttribute("requestForm", request);
                return invalid(file, officer, model, exchange, all, action);
            }
            TrackingCode code = TrackingCode.generate();
            return refer(file, officer, action, new ReferMediaIssue(MediaIssueId.of(file.mediaIssueId()),
                    ReferralKind.PERMOHONAN, null, null, PersonalData.of(DataSubjectId.newId(), request.requester()),
                    request.informasiDiminta().strip(), request.tujuanPenggunaan(), request.obtainMethod(),
                    request.deliveryMethod(), form.penjelasan().strip(), code.hash(), officer.id()), code, model,
                    exchange);
        }));
    }

    /** The new case's number and tracking code, shown once to the officer who hands them on. */
    private Mono<String> refer(MediaIssueFile file, Officer officer, MediaIssueAction action, ReferMediaIssue command,
            TrackingCode code, Model model, ServerWebExchange exchange) {
        return issues.<String>act(file, command)
                .map(number -> {
                    model.addAttribute("file", file);
                    model.addAttribute("caseNumber", number.orElseThrow());
                    model.addAttribute("trackingCode", code.display());
                    model.addAttribute("statusPath", (command.kind() == ReferralKind.PENGADUAN
                            ? "/pengaduan/status/" : "/status/") + code.value());
                    return "petugas/isu-dialihkan";
                })
                .onErrorResume(RuleViolation.class, refused -> refused(file, officer, model, exchange, refused,
                        action));
    }

    private MediaIssueActionForm.Known known() {
        Set<String> active = units.active().stream().map(Units.Unit::code).collect(Collectors.toSet());
        return new MediaIssueActionForm.Known(active::contains, wilayah::contains);
    }

    private Mono<String> invalid(MediaIssueFile file, Officer officer, Model model, ServerWebExchange exchange,
            Map<String, List<String>> errors, MediaIssueAction failed) {
        exchange.getResponse().setStatusCode(HttpStatus.BAD_REQUEST);
        model.addAttribute("errors", errors);
        return show(file, officer, model, exchange, null, failed);
    }

    private Mono<String> refused(MediaIssueFile file, Officer officer, Model model, ServerWebExchange exchange,
            RuleViolation refused, MediaIssueAction failed) {
        exchange.getResponse().setStatusCode(HttpStatus.CONFLICT);
        Locale locale = exchange.getLocaleContext().getLocale();
        return issues.file(file.mediaIssueId(), officer).flatMap(now -> show(now, officer, model, exchange,
                messages.text("rule." + refused.code(), locale), failed));
    }

    private Mono<String> show(MediaIssueFile file, Officer officer, Model model, ServerWebExchange exchange,
            String refusal, MediaIssueAction failed) {
        Locale locale = exchange.getLocaleContext().getLocale();
        List<MediaIssueAction> offered = MediaIssueAction.offeredTo(officer, file);
        Mono<List<MediaIssueFile>> others = offered.contains(MediaIssueAction.GABUNG)
                ? messaging.query(ListMediaIssues.open(), ResponseTypes.multipleInstancesOf(MediaIssueFile.class))
                        .map(open -> open.stream().filter(other -> !other.mediaIssueId().equals(file.mediaIssueId()))
                                .toList())
                : Mono.just(List.of());
        return Mono.zip(issues.timeline(file), others).publishOn(Schedulers.boundedElastic()).map(found -> {
            model.addAttribute("file", file);
            model.addAttribute("dates", dates);
            model.addAttribute("facts", view.facts(file, locale));
            model.addAttribute("timeline", view.timeline(found.getT1(), locale));
            model.addAttribute("others", found.getT2());
            model.addAttribute("offered", offered.stream().map(Enum::name).collect(Collectors.toSet()));
            model.addAttribute("refusal", refusal);
            model.addAttribute("failed", failed == null ? null : failed.name());
            model.addAttribute("units", units.active());
            model.addAttribute("sentiments", Sentiment.values());
            model.addAttribute("urgencies", IssueUrgency.values());
            model.addAttribute("responseKinds", ResponseKind.values());
            model.addAttribute("categories", ComplaintCategory.values());
            model.addAttribute("kecamatanList", wilayah.kecamatan());
            model.addAttribute("obtainMethods", ObtainMethod.values());
            model.addAttribute("deliveryMethods", DeliveryMethod.values());
            model.addAttribute("mediaOfficer", officer.has(OfficerRole.PETUGAS_MEDIA));
            if (!model.containsAttribute("errors")) {
                model.addAttribute("errors", Map.of());
            }
            if (!model.containsAttribute("actionForm")) {
                model.addAttribute("actionForm", MediaIssueActionForm.empty());
            }
            if (!model.containsAttribute("requestForm")) {
                model.addAttribute("requestForm", InformationRequestForm.empty());
            }
            return "petugas/isu-kasus";
        });
    }
}

package id.go.cilegon.sigap.webapp.report;

import id.go.cilegon.sigap.command.complaint.api.AssignComplaint;
import id.go.cilegon.sigap.command.complaint.api.ComplaintId;
import id.go.cilegon.sigap.command.complaint.api.EscalateComplaint;
import id.go.cilegon.sigap.command.informationrequest.api.AssignInformationRequest;
import id.go.cilegon.sigap.command.informationrequest.api.EscalateInformationRequest;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestId;
import id.go.cilegon.sigap.command.mediaissue.api.AssignMediaIssue;
import id.go.cilegon.sigap.command.mediaissue.api.MediaIssueId;
import id.go.cilegon.sigap.command.shared.api.OfficerId;
import id.go.cilegon.sigap.command.shared.api.RuleViolation;
import id.go.cilegon.sigap.query.complaint.api.ComplaintFile;
import id.go.cilegon.sigap.query.complaint.api.FindComplaint;
import id.go.cilegon.sigap.query.handling.api.CaseHandler;
import id.go.cilegon.sigap.query.handling.api.FindCaseHandler;
import id.go.cilegon.sigap.query.informationrequest.api.CaseFile;
import id.go.cilegon.sigap.query.informationrequest.api.FindCaseFile;
import id.go.cilegon.sigap.query.mediaissue.api.FindMediaIssue;
import id.go.cilegon.sigap.query.mediaissue.api.MediaIssueFile;
import id.go.cilegon.sigap.webapp.report.SupervisionPage.Filters;
import id.go.cilegon.sigap.webapp.security.Officer;
import id.go.cilegon.sigap.webapp.shared.FieldMessages;
import id.go.cilegon.sigap.webapp.shared.Messaging;
import id.go.cilegon.sigap.webapp.shared.Paging;
import id.go.cilegon.sigap.webapp.shared.UntilProjected;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;
import reactor.core.publisher.Mono;

/**
 * The supervision page and its two one-click actions on a case: give it to an officer (a supervisor or the Atasan
 * PPID) and put it before the Atasan PPID (the PPID or a supervisor). A form with invalid fields or an unknown case
 * comes back with the messages (400), a refused action with its rule (409), both with nothing changed; a done
 * action redirects back to the page once the page shows it.
 */
@Controller
class SupervisionPages {

    private static final String CASE_TYPE = "PERMOHONAN|PENGADUAN|ISU_MEDIA";
    private static final String ESCALATED_TYPE = "PERMOHONAN|PENGADUAN";
    private static final String CASE_ID = "[A-Za-z0-9-]{1,64}";
    private static final Set<String> DONE = Set.of("tugaskan", "eskalasi");
    private static final String PAGE = "/petugas/pengawasan";
    /** The page's own parameters, which an action's redirect keeps so the officer comes back to the same view. */
    private static final List<String> VIEW = List.of("jenis", "unit", "petugas", "tingkat", "halaman");

    private final SupervisionPage page;
    private final Messaging messaging;
    private final FieldMessages messages;

    SupervisionPages(SupervisionPage page, Messaging messaging, FieldMessages messages) {
        this.page = page;
        this.messaging = messaging;
        this.messages = messages;
    }

    /**
     * {@code jenis} case type, {@code unit} unit code, {@code petugas} handler ("-": nobody), {@code tingkat} tier,
     * {@code halaman} the page of the clocks.
     */
    @GetMapping(PAGE)
    Mono<String> show(@RequestParam(name = "jenis", required = false) String type,
            @RequestParam(name = "unit", required = false) String unit,
            @RequestParam(name = "petugas", required = false) String officer,
            @RequestParam(name = "tingkat", required = false) String tier,
            @RequestParam(name = "berhasil", required = false) String done,
            @RequestParam(name = "halaman", required = false) String halaman, Model model, ServerWebExchange exchange) {
        Filters filters = Filters.parse(type, unit, officer, tier);
        if (done != null && DONE.contains(done)) {
            model.addAttribute("done", messages.text("supervision.done." + done,
                    exchange.getLocaleContext().getLocale()));
        }
        return page.watcher(exchange).flatMap(watcher -> page.fill(watcher, filters, Paging.number(halaman), model,
                exchange));
    }

    /**
     * @param catatan what the handler is asked to do; may be empty
     * @param kembali the query of the view the form was on, to come back to
     */
    record Assignment(
            @NotBlank @Pattern(regexp = CASE_TYPE) String jenis,
            @NotBlank @Pattern(regexp = CASE_ID) String kasus,
            @NotBlank @Size(max = 64) String petugas,
            @Size(max = 2000) String catatan,
            @Size(max = 500) String kembali) {
    }

    /** @param kembali the query of the view the form was on, to come back to */
    record Escalation(
            @NotBlank @Pattern(regexp = ESCALATED_TYPE) String jenis,
            @NotBlank @Pattern(regexp = CASE_ID) String kasus,
            @NotBlank @Size(max = 2000) String alasan,
            @Size(max = 500) String kembali) {
    }

    @PostMapping("/petugas/pengawasan/tugaskan")
    Mono<String> assign(@Valid @ModelAttribute("assignment") Assignment form, BindingResult errors, Model model,
            ServerWebExchange exchange) {
        return page.watcher(exchange).flatMap(officer -> {
            requireOneOf(officer, SupervisionPage.ASSIGNERS);
            return ("ISU_MEDIA".equals(form.jenis()) ? page.mediaHandlers() : page.handlers()).flatMap(handlers -> {
                if (!errors.hasFieldErrors("petugas")
                        && handlers.stream().noneMatch(handler -> handler.username().equals(form.petugas()))) {
                    FieldMessages.reject(errors, "petugas", "supervision.notAHandler");
                }
                return act(form.jenis(), form.kasus(), errors, officer, model, exchange,
                        back(form.kembali(), "tugaskan"),
                        () -> switch (form.jenis()) {
                            case "PERMOHONAN" -> new AssignInformationRequest(InformationRequestId.of(form.kasus()),
                                    OfficerId.of(form.petugas()), form.catatan(), officer.id());
                            case "ISU_MEDIA" -> new AssignMediaIssue(MediaIssueId.of(form.kasus()),
                                    OfficerId.of(form.petugas()), form.catatan(), officer.id());
                            default -> new AssignComplaint(ComplaintId.of(form.kasus()),
                                    OfficerId.of(form.petugas()), form.catatan(), officer.id());
                        },
                        handler -> form.petugas().equals(handler.handler()) && !handler.escalated());
            });
        });
    }

    @PostMapping("/petugas/pengawasan/eskalasi")
    Mono<String> escalate(@Valid @ModelAttribute("escalation") Escalation form, BindingResult errors, Model model,
            ServerWebExchange exchange) {
        return page.watcher(exchange).flatMap(officer -> {
            requireOneOf(officer, SupervisionPage.ESCALATORS);
            return act(form.jenis(), form.kasus(), errors, officer, model, exchange, back(form.kembali(), "eskalasi"),
                    () -> switch (form.jenis()) {
                        case "PERMOHONAN" -> new EscalateInformationRequest(InformationRequestId.of(form.kasus()),
                                form.alasan(), officer.id());
                        default -> new EscalateComplaint(ComplaintId.of(form.kasus()), form.alasan(), officer.id());
                    },
                    CaseHandler::escalated);
        });
    }

    /**
     * The page with the view's own parameters from {@code query} (the form's {@code kembali}) and what was done;
     * anything else in it is dropped, so the redirect can only lead back to this page.
     */
    static String back(String query, String done) {
        MultiValueMap<String, String> asked = UriComponentsBuilder.newInstance()
                .query(query == null ? "" : query).build().getQueryParams();
        UriComponentsBuilder back = UriComponentsBuilder.fromPath(PAGE);
        VIEW.forEach(name -> {
            String value = asked.getFirst(name);
            if (value != null && !value.isBlank()) {
                try {
                    back.queryParam(name, UriUtils.decode(value, StandardCharsets.UTF_8));
                } catch (IllegalArgumentException malformed) {
                    // A value that is not percent-encoded text is left out, as any parameter not the page's.
                }
            }
        });
        return back.queryParam("berhasil", done).encode().build().toUriString();
    }

    private static void requireOneOf(Officer officer, Set<?> roles) {
        if (roles.stream().noneMatch(officer.roles()::contains)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }

    /**
     * Sends {@code command} for the case, once the form is valid and the case exists, waits until the
     * supervision page shows its effect, and goes {@code back}. The command is built lazily: an invalid form's
     * values never reach it.
     */
    private Mono<String> act(String type, String caseId, BindingResult errors, Officer officer, Model model,
            ServerWebExchange exchange, String back, Supplier<Object> command, Predicate<CaseHandler> shown) {
        Locale locale = exchange.getLocaleContext().getLocale();
        if (errors.hasErrors()) {
            return refuse(HttpStatus.BAD_REQUEST, messages.byField(errors, locale).values().stream()
                    .flatMap(List::stream).toList(), officer, model, exchange);
        }
        return exists(type, caseId).flatMap(found -> {
            if (!found) {
                return refuse(HttpStatus.NOT_FOUND, List.of(messages.text("supervision.unknownCase", locale)),
                        officer, model, exchange);
            }
            return messaging.send(command.get())
                    .then(UntilProjected.once(() -> messaging.query(new FindCaseHandler(caseId),
                            ResponseTypes.optionalInstanceOf(CaseHandler.class)), shown))
                    .thenReturn("redirect:" + back)
                    .onErrorResume(RuleViolation.class, refused -> refuse(HttpStatus.CONFLICT,
                            List.of(messages.text("rule." + refused.code(), locale)), officer, model, exchange));
        });
    }

    private Mono<Boolean> exists(String type, String caseId) {
        return switch (type) {
            case "PERMOHONAN" -> messaging.query(new FindCaseFile(InformationRequestId.of(caseId)),
                    ResponseTypes.optionalInstanceOf(CaseFile.class)).map(Optional::isPresent);
            case "ISU_MEDIA" -> messaging.query(new FindMediaIssue(caseId),
                    ResponseTypes.optionalInstanceOf(MediaIssueFile.class)).map(Optional::isPresent);
            default -> messaging.query(new FindComplaint(ComplaintId.of(caseId)),
                    ResponseTypes.optionalInstanceOf(ComplaintFile.class)).map(Optional::isPresent);
        };
    }

    private Mono<String> refuse(HttpStatus status, List<String> problems, Officer officer, Model model,
            ServerWebExchange exchange) {
        exchange.getResponse().setStatusCode(status);
        model.addAttribute("problems", problems);
        return page.fill(officer, Filters.NONE, 1, model, exchange);
    }
}

package id.go.cilegon.sigap.webapp.informationrequest;

import id.go.cilegon.sigap.command.informationrequest.api.DeliveryMethod;
import id.go.cilegon.sigap.command.informationrequest.api.ObtainMethod;
import id.go.cilegon.sigap.command.shared.api.Channel;
import id.go.cilegon.sigap.command.shared.api.RuleViolation;
import id.go.cilegon.sigap.command.shared.calendar.WorkingDayCalendar;
import id.go.cilegon.sigap.webapp.shared.FieldMessages;
import id.go.cilegon.sigap.webapp.shared.TrackingCode;
import jakarta.validation.Valid;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;

/**
 * The PPID desk registers a request received in person, by letter, e-mail or phone (UU KIP Pasal 22(1)–(5)), and
 * hands the requester the receipt: the number, the due date and the tracking code.
 */
@Controller
class OfficerIntakePages {

    /** The channels an officer enters; the web form and WhatsApp come in through their own doors. */
    static final Set<Channel> DESK_CHANNELS =
            EnumSet.of(Channel.DATANG_LANGSUNG, Channel.SURAT, Channel.EMAIL, Channel.TELEPON);

    private final InformationRequestIntake intake;
    private final RequestStatusLookup lookup;
    private final FieldMessages messages;
    private final WorkingDayCalendar calendar;
    private final java.time.Clock clock;

    OfficerIntakePages(InformationRequestIntake intake, RequestStatusLookup lookup, FieldMessages messages,
            WorkingDayCalendar calendar, java.time.Clock clock) {
        this.intake = intake;
        this.lookup = lookup;
        this.messages = messages;
        this.calendar = calendar;
        this.clock = clock;
    }

    @GetMapping("/petugas/permohonan/baru")
    Mono<String> form(Model model, ServerWebExchange exchange) {
        return petugasOnly(exchange).then(Mono.fromSupplier(() -> showForm(model, OfficerIntakeForm.empty(), Map.of())));
    }

    @PostMapping("/petugas/permohonan/baru")
    Mono<String> submit(@Valid @ModelAttribute("form") OfficerIntakeForm form, BindingResult errors, Model model,
            ServerWebExchange exchange) {
        Locale locale = exchange.getLocaleContext().getLocale();
        return petugasOnly(exchange).then(Mono.defer(() -> {
            if (errors.hasErrors()) {
                exchange.getResponse().setStatusCode(HttpStatus.BAD_REQUEST);
                return Mono.just(showForm(model, form.withBlankParts(), messages.byField(errors, locale)));
            }
            return intake.register(form.permohonan(), form.channel(), form.receivedAt(calendar.zone()), form.proxy())
                    .map(receipt -> "redirect:/petugas/tanda-terima/" + receipt.trackingCode().value())
                    .onErrorResume(RuleViolation.class, refused -> {
                        exchange.getResponse().setStatusCode(HttpStatus.CONFLICT);
                        model.addAttribute("refusal", messages.text("rule." + refused.code(), locale));
                        return Mono.just(showForm(model, form, Map.of()));
                    });
        }));
    }

    /**
     * The receipt (<i>tanda bukti penerimaan permohonan</i>) to print or read out. The tracking code is in the
     * address because Sigap keeps only its hash: this page is the one moment it can be handed over.
     */
    @GetMapping("/petugas/tanda-terima/{kode}")
    Mono<String> receipt(@PathVariable("kode") String kode, Model model, ServerWebExchange exchange) {
        Optional<TrackingCode> code = TrackingCode.parse(kode);
        return petugasOnly(exchange).then(Mono.defer(() -> code.isEmpty()
                ? Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND))
                : lookup.findJustRegistered(code.get()))).map(found -> {
                    if (found.isEmpty()) {
                        throw new ResponseStatusException(HttpStatus.NOT_FOUND);
                    }
                    String statusPath = "/status/" + code.get().value();
                    model.addAttribute("request", found.get());
                    model.addAttribute("trackingCode", code.get().display());
                    model.addAttribute("statusUrl", UriComponentsBuilder.fromUri(exchange.getRequest().getURI())
                            .replacePath(statusPath).replaceQuery(null).build().toUriString());
                    model.addAttribute("explanation",
                            found.get().noticeDeadline().explain(exchange.getLocaleContext().getLocale()));
                    return "petugas/tanda-terima";
                });
    }

    private static Mono<Void> petugasOnly(ServerWebExchange exchange) {
        return PetugasOnly.allowed(exchange).flatMap(allowed -> allowed ? Mono.<Void>empty()
                : Mono.error(new ResponseStatusException(HttpStatus.FORBIDDEN)));
    }

    private String showForm(Model model, OfficerIntakeForm form, Map<String, List<String>> errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("channels", DESK_CHANNELS);
        model.addAttribute("obtainMethods", ObtainMethod.values());
        model.addAttribute("deliveryMethods", DeliveryMethod.values());
        model.addAttribute("now", LocalDateTime.now(clock.withZone(calendar.zone())).withSecond(0).withNano(0));
        return "petugas/permohonan-baru";
    }
}

package id.go.cilegon.sigap.webapp.informationrequest;

import id.go.cilegon.sigap.command.informationrequest.api.DeliveryMethod;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestId;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestStatus;
import id.go.cilegon.sigap.command.informationrequest.api.WithdrawInformationRequest;
import id.go.cilegon.sigap.command.shared.api.RuleViolation;
import id.go.cilegon.sigap.query.informationrequest.api.RequestStatus;
import id.go.cilegon.sigap.webapp.shared.Messaging;
import java.util.EnumSet;
import java.util.Set;
import id.go.cilegon.sigap.command.informationrequest.api.ObtainMethod;
import id.go.cilegon.sigap.command.shared.api.Channel;
import id.go.cilegon.sigap.command.shared.calendar.WorkingDayCalendar;
import id.go.cilegon.sigap.webapp.shared.FieldMessages;
import id.go.cilegon.sigap.webapp.shared.TrackingCode;
import id.go.cilegon.sigap.webapp.shared.Urgency;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** The citizen's pages: the request form, the receipt and the status page found by tracking code. */
@Controller
class InformationRequestPages {

    static final int WITHDRAWAL_REASON_MAX = 1000;

    /** Statuses in which the notice deadline still counts down for the requester. */
    private static final Set<InformationRequestStatus> CLOCK_RUNNING = EnumSet.of(InformationRequestStatus.DITERIMA,
            InformationRequestStatus.MENUNGGU_KELENGKAPAN, InformationRequestStatus.DIPROSES,
            InformationRequestStatus.DIPERPANJANG);

    /** Before a decision the requester can take the request back in one click; later, an officer helps. */
    private static final Set<InformationRequestStatus> WITHDRAWABLE = CLOCK_RUNNING;

    private final InformationRequestIntake intake;
    private final RequestStatusLookup lookup;
    private final FieldMessages messages;
    private final WorkingDayCalendar calendar;
    private final Clock clock;
    private final Urgency.Ranking urgency;
    private final Messaging messaging;

    InformationRequestPages(InformationRequestIntake intake, RequestStatusLookup lookup, FieldMessages messages,
            WorkingDayCalendar calendar, Clock clock, Urgency.Ranking urgency, Messaging messaging) {
        this.intake = intake;
        this.lookup = lookup;
        this.messages = messages;
        this.calendar = calendar;
        this.clock = clock;
        this.urgency = urgency;
        this.messaging = messaging;
    }

    @GetMapping("/permohonan")
    String form(Model model) {
        return showForm(model, InformationRequestForm.empty());
    }

    @PostMapping("/permohonan")
    Mono<String> submit(@Valid @ModelAttribute("form") InformationRequestForm form, BindingResult errors,
            Model model, ServerWebExchange exchange) {
        if (errors.hasErrors()) {
            exchange.getResponse().setStatusCode(HttpStatus.BAD_REQUEST);
            model.addAttribute("errors", messages.byField(errors, exchange.getLocaleContext().getLocale()));
            return Mono.just(showForm(model, form));
        }
        return intake.register(form, Channel.WEB)
                .map(receipt -> "redirect:/status/" + receipt.trackingCode().value() + "?baru=1");
    }

    @GetMapping("/status")
    String find(@RequestParam(name = "kode", required = false) String kode, Model model) {
        if (kode == null || kode.isBlank()) {
            return "permohonan/cari-status";
        }
        Optional<TrackingCode> code = TrackingCode.parse(kode);
        if (code.isEmpty()) {
            model.addAttribute("kode", kode);
            model.addAttribute("invalid", true);
            return "permohonan/cari-status";
        }
        return "redirect:/status/" + code.get().value();
    }

    @GetMapping("/status/{kode}")
    Mono<String> status(@PathVariable("kode") String kode,
            @RequestParam(name = "baru", required = false) String justRegistered,
            @RequestParam(name = "dibatalkan", required = false) String justWithdrawn,
            Model model, ServerWebExchange exchange) {
        Optional<TrackingCode> code = TrackingCode.parse(kode);
        if (code.isEmpty()) {
            return notFound(model, exchange);
        }
        boolean fresh = justRegistered != null;
        Mono<Optional<RequestStatus>> found = fresh ? lookup.findJustRegistered(code.get())
                : justWithdrawn != null ? lookup.findOnceStatusIs(code.get(), InformationRequestStatus.DIBATALKAN)
                : lookup.find(code.get());
        return showStatus(code.get(), found, fresh, model, exchange, null);
    }

    private Mono<String> showStatus(TrackingCode code, Mono<Optional<RequestStatus>> lookedUp, boolean fresh,
            Model model, ServerWebExchange exchange, String refusal) {
        return lookedUp.map(found -> {
            if (found.isEmpty()) {
                if (fresh) {
                    model.addAttribute("trackingCode", code.display());
                    model.addAttribute("statusPath", "/status/" + code.value() + "?baru=1");
                    return "permohonan/sedang-dicatat";
                }
                exchange.getResponse().setStatusCode(HttpStatus.NOT_FOUND);
                return "permohonan/tidak-ditemukan";
            }
            RequestStatus request = found.get();
            LocalDate today = LocalDate.now(clock.withZone(calendar.zone()));
            int workingDaysLeft = calendar.workingDaysUntil(today, request.noticeDeadline().dueDate());
            model.addAttribute("request", request);
            model.addAttribute("justRegistered", fresh);
            model.addAttribute("trackingCode", code.display());
            model.addAttribute("statusPath", "/status/" + code.value());
            model.addAttribute("workingDaysLeft", workingDaysLeft);
            model.addAttribute("urgency", urgency.of(workingDaysLeft));
            model.addAttribute("clockRunning", CLOCK_RUNNING.contains(request.status()));
            model.addAttribute("mayWithdraw", WITHDRAWABLE.contains(request.status()));
            model.addAttribute("refusal", refusal);
            model.addAttribute("explanation",
                    request.noticeDeadline().explain(exchange.getLocaleContext().getLocale()));
            return "permohonan/status";
        });
    }

    /** The requester withdraws their own request; the tracking code is their authority to do so. */
    @PostMapping("/status/{kode}/batalkan")
    Mono<String> withdraw(@PathVariable("kode") String kode,
            @ModelAttribute("withdrawal") Withdrawal withdrawal, Model model, ServerWebExchange exchange) {
        Optional<TrackingCode> code = TrackingCode.parse(kode);
        if (code.isEmpty()) {
            return notFound(model, exchange);
        }
        String why = withdrawal.alasan() == null || withdrawal.alasan().isBlank() ? null : withdrawal.alasan().strip();
        if (why != null && why.length() > WITHDRAWAL_REASON_MAX) {
            exchange.getResponse().setStatusCode(HttpStatus.BAD_REQUEST);
            return showStatus(code.get(), lookup.find(code.get()), false, model, exchange,
                    messages.text("status.withdraw.tooLong", exchange.getLocaleContext().getLocale(),
                            String.valueOf(WITHDRAWAL_REASON_MAX)));
        }
        return lookup.find(code.get()).flatMap(found -> {
            if (found.isEmpty()) {
                return notFound(model, exchange);
            }
            return messaging.send(new WithdrawInformationRequest(
                            InformationRequestId.of(found.get().requestId()), why, Channel.WEB, null))
                    .then(Mono.just("redirect:/status/" + code.get().value() + "?dibatalkan=1"))
                    .onErrorResume(RuleViolation.class, refused -> {
                        exchange.getResponse().setStatusCode(HttpStatus.CONFLICT);
                        return showStatus(code.get(), Mono.just(found), false, model, exchange,
                                messages.text("rule." + refused.code(), exchange.getLocaleContext().getLocale()));
                    });
        });
    }

    /** The withdrawal form: only an optional reason (WebFlux binds form fields to a model attribute). */
    record Withdrawal(String alasan) {
    }

    private static Mono<String> notFound(Model model, ServerWebExchange exchange) {
        exchange.getResponse().setStatusCode(HttpStatus.NOT_FOUND);
        return Mono.just("permohonan/tidak-ditemukan");
    }

    private static String showForm(Model model, InformationRequestForm form) {
        model.addAttribute("form", form);
        model.addAttribute("obtainMethods", ObtainMethod.values());
        model.addAttribute("deliveryMethods", DeliveryMethod.values());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", java.util.Map.of());
        }
        return "permohonan/formulir";
    }
}

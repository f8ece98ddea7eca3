package id.go.cilegon.sigap.webapp.informationrequest;

import id.go.cilegon.sigap.command.informationrequest.api.DeliveryMethod;
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

    private final InformationRequestIntake intake;
    private final RequestStatusLookup lookup;
    private final FieldMessages messages;
    private final WorkingDayCalendar calendar;
    private final Clock clock;
    private final Urgency.Ranking urgency;

    InformationRequestPages(InformationRequestIntake intake, RequestStatusLookup lookup, FieldMessages messages,
            WorkingDayCalendar calendar, Clock clock, Urgency.Ranking urgency) {
        this.intake = intake;
        this.lookup = lookup;
        this.messages = messages;
        this.calendar = calendar;
        this.clock = clock;
        this.urgency = urgency;
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
            Model model, ServerWebExchange exchange) {
        Optional<TrackingCode> code = TrackingCode.parse(kode);
        if (code.isEmpty()) {
            return notFound(model, exchange);
        }
        boolean fresh = justRegistered != null;
        return (fresh ? lookup.findJustRegistered(code.get()) : lookup.find(code.get())).map(found -> {
            if (found.isEmpty()) {
                if (fresh) {
                    model.addAttribute("trackingCode", code.get().display());
                    model.addAttribute("statusPath", "/status/" + code.get().value() + "?baru=1");
                    return "permohonan/sedang-dicatat";
                }
                exchange.getResponse().setStatusCode(HttpStatus.NOT_FOUND);
                return "permohonan/tidak-ditemukan";
            }
            LocalDate today = LocalDate.now(clock.withZone(calendar.zone()));
            model.addAttribute("request", found.get());
            model.addAttribute("justRegistered", fresh);
            model.addAttribute("trackingCode", code.get().display());
            int workingDaysLeft = calendar.workingDaysUntil(today, found.get().noticeDeadline().dueDate());
            model.addAttribute("workingDaysLeft", workingDaysLeft);
            model.addAttribute("urgency", urgency.of(workingDaysLeft));
            model.addAttribute("explanation",
                    found.get().noticeDeadline().explain(exchange.getLocaleContext().getLocale()));
            return "permohonan/status";
        });
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

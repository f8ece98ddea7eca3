package id.go.cilegon.sigap.webapp.unit;

import id.go.cilegon.sigap.webapp.shared.FieldMessages;
import jakarta.validation.Valid;
import java.util.Map;
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
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** The admin's list of units: add a unit, deactivate or reactivate one. */
@Controller
class UnitAdminPage {

    private final Units units;
    private final FieldMessages messages;

    UnitAdminPage(Units units, FieldMessages messages) {
        this.units = units;
        this.messages = messages;
    }

    @GetMapping("/admin/unit")
    Mono<String> list(Model model) {
        return show(model, UnitForm.empty(), Map.of());
    }

    @PostMapping("/admin/unit")
    Mono<String> add(@Valid @ModelAttribute("unitForm") UnitForm form, BindingResult errors, Model model,
            ServerWebExchange exchange) {
        if (errors.hasErrors()) {
            exchange.getResponse().setStatusCode(HttpStatus.BAD_REQUEST);
            return show(model, form, messages.byField(errors, exchange.getLocaleContext().getLocale()));
        }
        return blocking(() -> units.save(new Units.Unit(form.kode(), form.nama().strip(), true)))
                .thenReturn("redirect:/admin/unit");
    }

    @PostMapping("/admin/unit/{kode}/aktif")
    Mono<String> toggle(@PathVariable("kode") String kode) {
        return Mono.fromCallable(() -> units.find(kode)
                        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(unit -> blocking(() -> units.save(new Units.Unit(unit.code(), unit.name(), !unit.active()))))
                .thenReturn("redirect:/admin/unit");
    }

    private Mono<String> show(Model model, UnitForm form, Map<String, java.util.List<String>> errors) {
        return Mono.fromCallable(units::all).subscribeOn(Schedulers.boundedElastic()).map(all -> {
            model.addAttribute("units", all);
            model.addAttribute("form", form);
            model.addAttribute("errors", errors);
            return "admin/unit";
        });
    }

    private static Mono<Void> blocking(Runnable write) {
        return Mono.fromRunnable(write).subscribeOn(Schedulers.boundedElastic()).then();
    }
}

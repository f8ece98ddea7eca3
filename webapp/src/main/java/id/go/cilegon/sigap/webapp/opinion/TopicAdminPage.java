package id.go.cilegon.sigap.webapp.opinion;

import id.go.cilegon.sigap.query.opinion.OpinionAnalysis;
import id.go.cilegon.sigap.query.opinion.TopicTaxonomy;
import id.go.cilegon.sigap.webapp.shared.FieldMessages;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The admin's topic taxonomy for the opinion monitor: every topic with its keywords, a form that adds a topic or
 * changes one ({@code ?ubah=KODE} fills it), and a trial reading of any sentence with the taxonomy as it stands.
 */
@Controller
class TopicAdminPage {

    static final int TRIAL_LENGTH = 500;

    private final TopicTaxonomy taxonomy;
    private final OpinionAnalysis analysis;
    private final FieldMessages messages;

    TopicAdminPage(TopicTaxonomy taxonomy, OpinionAnalysis analysis, FieldMessages messages) {
        this.taxonomy = taxonomy;
        this.analysis = analysis;
        this.messages = messages;
    }

    @GetMapping("/admin/topik")
    Mono<String> list(@RequestParam(name = "ubah", required = false) String ubah,
            @RequestParam(name = "coba", required = false) String coba, Model model) {
        return Mono.fromCallable(() -> {
            TopicForm form = ubah == null ? TopicForm.empty()
                    : taxonomy.find(ubah).map(TopicForm::of).orElse(TopicForm.empty());
            if (coba != null && !coba.isBlank()) {
                String trial = coba.length() > TRIAL_LENGTH ? coba.substring(0, TRIAL_LENGTH) : coba;
                model.addAttribute("trial", trial);
                model.addAttribute("reading", analysis.read(trial));
            }
            return show(model, form, Map.of());
        }).subscribeOn(Schedulers.boundedElastic());
    }

    @PostMapping("/admin/topik")
    Mono<String> save(@Valid @ModelAttribute("topicForm") TopicForm form, BindingResult errors, Model model,
            ServerWebExchange exchange) {
        return Mono.fromCallable(() -> {
            if (errors.hasErrors()) {
                exchange.getResponse().setStatusCode(HttpStatus.BAD_REQUEST);
                return show(model, form, messages.byField(errors, exchange.getLocaleContext().getLocale()));
            }
            taxonomy.save(form.topic());
            return "redirect:/admin/topik?berhasil=simpan";
        }).subscribeOn(Schedulers.boundedElastic());
    }

    private String show(Model model, TopicForm form, Map<String, List<String>> errors) {
        model.addAttribute("topics", taxonomy.all());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "admin/topik";
    }
}

package id.go.cilegon.sigap.webapp.complaint;

import id.go.cilegon.sigap.command.complaint.api.AnswerComplainant;
import id.go.cilegon.sigap.command.complaint.api.ComplaintCategory;
import id.go.cilegon.sigap.command.complaint.api.ComplaintId;
import id.go.cilegon.sigap.command.complaint.api.ComplaintStatus;
import id.go.cilegon.sigap.command.complaint.api.GiveVerdict;
import id.go.cilegon.sigap.command.shared.api.RuleViolation;
import id.go.cilegon.sigap.query.complaint.api.ComplaintFile;
import id.go.cilegon.sigap.query.complaint.api.ListPublicComplaints;
import id.go.cilegon.sigap.query.complaint.api.PublicComplaint;
import id.go.cilegon.sigap.webapp.shared.FieldMessages;
import id.go.cilegon.sigap.webapp.shared.Messaging;
import id.go.cilegon.sigap.webapp.shared.Paging;
import id.go.cilegon.sigap.webapp.shared.TrackingCode;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.http.HttpStatus;
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
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The citizen's complaint pages: the form, the status page found by tracking code (where the complainant answers
 * the verifier's question and gives their verdict), their own attachments, and the public list of complaints. The
 * tracking code is the complainant's only authority, so the forms post to addresses that contain it.
 */
@Controller
class ComplaintPages {

    static final int PUBLIC_PAGE_SIZE = 20;

    private final ComplaintReception reception;
    private final ComplaintLookup lookup;
    private final ComplaintWords words;
    private final FieldMessages messages;
    private final Messaging messaging;
    private final Wilayah wilayah;
    private final ComplaintAttachments attachments;

    ComplaintPages(ComplaintReception reception, ComplaintLookup lookup, ComplaintWords words,
            FieldMessages messages, Messaging messaging, Wilayah wilayah, ComplaintAttachments attachments) {
        this.attachments = attachments;
        this.reception = reception;
        this.lookup = lookup;
        this.words = words;
        this.messages = messages;
        this.messaging = messaging;
        this.wilayah = wilayah;
    }

    @GetMapping("/pengaduan")
    String form(Model model) {
        return showForm(model, ComplaintForm.empty(), Map.of());
    }

    @PostMapping("/pengaduan")
    Mono<String> submit(@Valid @ModelAttribute("form") ComplaintForm form, BindingResult errors, Model model,
            ServerWebExchange exchange) {
        Locale locale = exchange.getLocaleContext().getLocale();
        return reception.receive(form, errors, exchange, locale)
                .map(received -> received.fold(
                        receipt -> "redirect:/pengaduan/status/" + receipt.trackingCode().value() + "?baru=1",
                        invalid -> {
                            exchange.getResponse().setStatusCode(invalid.status());
                            return showForm(model, form, invalid.byField());
                        }));
    }

    @GetMapping("/pengaduan/status")
    String find(@RequestParam(name = "kode", required = false) String kode, Model model) {
        Optional<TrackingCode> code = kode == null ? Optional.empty() : TrackingCode.parse(kode);
        if (code.isPresent()) {
            return "redirect:/pengaduan/status/" + code.get().value();
        }
        model.addAttribute("kode", kode == null ? "" : kode);
        model.addAttribute("invalid", kode != null && !kode.isBlank());
        return "pengaduan/cari-status";
    }

    @GetMapping("/pengaduan/status/{kode}")
    Mono<String> status(@PathVariable("kode") String kode, @ModelAttribute Confirmation confirmation, Model model,
            ServerWebExchange exchange) {
        Optional<TrackingCode> code = TrackingCode.parse(kode);
        if (code.isEmpty()) {
            return notFound(exchange);
        }
        model.addAttribute("confirmation", confirmation);
        return showStatus(code.get(), confirmation::shownBy, confirmation.justRegistered(), model, exchange, null);
    }

    /** What the page confirms after an act; the page waits (boundedly) until the read model shows it. */
    record Confirmation(String baru, String dijawab, String dinilai) {

        boolean justRegistered() {
            return baru != null;
        }

        boolean shownBy(ComplaintFile file) {
            return (dijawab == null || file.pendingQuestion() == null)
                    && (dinilai == null || file.status() != ComplaintStatus.DITANGGAPI);
        }
    }

    @PostMapping("/pengaduan/status/{kode}/jawaban")
    Mono<String> answerQuestion(@PathVariable("kode") String kode,
            @Valid @ModelAttribute("answerForm") QuestionAnswerForm answer, BindingResult errors, Model model,
            ServerWebExchange exchange) {
        return act(kode, errors, model, exchange,
                id -> new AnswerComplainant(id, answer.jawaban().strip(), null), "?dijawab=1");
    }

    @PostMapping("/pengaduan/status/{kode}/penilaian")
    Mono<String> giveVerdict(@PathVariable("kode") String kode,
            @Valid @ModelAttribute("verdictForm") VerdictForm verdict, BindingResult errors, Model model,
            ServerWebExchange exchange) {
        return act(kode, errors, model, exchange,
                id -> new GiveVerdict(id, verdict.satisfied(), verdict.rating(), verdict.komentar()), "?dinilai=1");
    }

    /**
     * One act of the complainant: invalid fields come back next to the fields, a refused act with its rule at the
     * top, both with nothing changed; a done act redirects to the page that confirms it.
     */
    private Mono<String> act(String kode, BindingResult errors, Model model, ServerWebExchange exchange,
            Function<ComplaintId, Object> command, String confirmation) {
        Optional<TrackingCode> code = TrackingCode.parse(kode);
        if (code.isEmpty()) {
            return notFound(exchange);
        }
        Locale locale = exchange.getLocaleContext().getLocale();
        if (errors.hasErrors()) {
            exchange.getResponse().setStatusCode(HttpStatus.BAD_REQUEST);
            model.addAttribute("errors", messages.byField(errors, locale));
            return showStatus(code.get(), file -> true, false, model, exchange, null);
        }
        return lookup.byCode(code.get(), file -> true).flatMap(found -> {
            if (found.isEmpty()) {
                return notFound(exchange);
            }
            return messaging.send(command.apply(ComplaintId.of(found.get().complaintId())))
                    .then(Mono.just("redirect:/pengaduan/status/" + code.get().value() + confirmation))
                    .onErrorResume(RuleViolation.class, refused -> {
                        exchange.getResponse().setStatusCode(HttpStatus.CONFLICT);
                        return showStatus(code.get(), file -> true, false, model, exchange,
                                messages.text("rule." + refused.code(), locale));
                    });
        });
    }

    private Mono<String> showStatus(TrackingCode code, Predicate<ComplaintFile> projected, boolean fresh,
            Model model, ServerWebExchange exchange, String refusal) {
        Locale locale = exchange.getLocaleContext().getLocale();
        return reception.citizenView(code, projected, fresh, locale).flatMap(view -> {
            if (view.isEmpty()) {
                if (fresh) {
                    model.addAttribute("statusPath", "/pengaduan/status/" + code.value() + "?baru=1");
                    return Mono.just("pengaduan/sedang-dicatat");
                }
                return notFound(exchange);
            }
            model.addAttribute("complaint", view.get());
            model.addAttribute("justRegistered", fresh);
            model.addAttribute("trackingCode", code.display());
            model.addAttribute("statusPath", "/pengaduan/status/" + code.value());
            model.addAttribute("requestStatusPath", "/status/" + code.value());
            model.addAttribute("refusal", refusal);
            if (!model.containsAttribute("confirmation")) {
                model.addAttribute("confirmation", new Confirmation(null, null, null));
            }
            if (!model.containsAttribute("errors")) {
                model.addAttribute("errors", Map.of());
            }
            if (!model.containsAttribute("answerForm")) {
                model.addAttribute("answerForm", QuestionAnswerForm.empty());
            }
            if (!model.containsAttribute("verdictForm")) {
                model.addAttribute("verdictForm", VerdictForm.empty());
            }
            return Mono.just("pengaduan/status");
        });
    }

    /** The complainant's own attachments; the tracking code opens its complaint's files and no other. */
    @GetMapping("/pengaduan/status/{kode}/lampiran/{lampiran}")
    Mono<ResponseEntity<byte[]>> attachment(@PathVariable("kode") String kode,
            @PathVariable("lampiran") String lampiran) {
        TrackingCode code = TrackingCode.parse(kode)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return lookup.byCode(code, file -> true).flatMap(Mono::justOrEmpty)
                .switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND)))
                .flatMap(file -> attachments.serve(file, lampiran));
    }

    /** The public page: complaints that are not rahasia, without personal data, filterable. */
    @GetMapping("/pengaduan/publik")
    Mono<String> publicList(@RequestParam(name = "kategori", required = false) String kategori,
            @RequestParam(name = "kecamatan", required = false) String kecamatan,
            @RequestParam(name = "halaman", required = false, defaultValue = "1") String halaman, Model model,
            ServerWebExchange exchange) {
        ComplaintCategory category = ComplaintForm.category(kategori).orElse(null);
        String place = wilayah.isKecamatan(kecamatan) ? kecamatan : null;
        int page = Paging.number(halaman);
        Locale locale = exchange.getLocaleContext().getLocale();
        return messaging.query(new ListPublicComplaints(category, place, (page - 1) * PUBLIC_PAGE_SIZE,
                        PUBLIC_PAGE_SIZE + 1), ResponseTypes.multipleInstancesOf(PublicComplaint.class))
                .publishOn(Schedulers.boundedElastic())
                .map(found -> {
                    model.addAttribute("complaints", found.stream().limit(PUBLIC_PAGE_SIZE)
                            .map(complaint -> PublicLine.of(complaint, words, locale)).toList());
                    model.addAttribute("hasNext", found.size() > PUBLIC_PAGE_SIZE);
                    model.addAttribute("page", page);
                    model.addAttribute("categories", ComplaintCategory.values());
                    model.addAttribute("kecamatanList", wilayah.kecamatan());
                    model.addAttribute("category", category == null ? "" : category.name());
                    model.addAttribute("kecamatan", place == null ? "" : place);
                    return "pengaduan/publik";
                });
    }

    /** One public complaint in words. */
    record PublicLine(String number, String status, String category, String place, String subject, String received,
            String answer, String answeredAt) {

        static PublicLine of(PublicComplaint complaint, ComplaintWords words, Locale locale) {
            return new PublicLine(complaint.number(),
                    words.text("ComplaintStatus." + complaint.status().name(), locale),
                    words.text("ComplaintCategory." + complaint.category().name(), locale),
                    complaint.kelurahan() + ", " + complaint.kecamatan(), complaint.subject(),
                    words.date(words.day(complaint.receivedAt()), locale), complaint.answer(),
                    complaint.answeredAt() == null ? null : words.date(words.day(complaint.answeredAt()), locale));
        }
    }

    /** The page of a list a query asks for: 1 to 9999, the first for anything else. */
    private String showForm(Model model, ComplaintForm form, Map<String, List<String>> errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("categories", ComplaintCategory.values());
        model.addAttribute("kecamatanList", wilayah.kecamatan());
        model.addAttribute("action", "/pengaduan");
        model.addAttribute("desk", false);
        return "pengaduan/formulir";
    }

    private static Mono<String> notFound(ServerWebExchange exchange) {
        exchange.getResponse().setStatusCode(HttpStatus.NOT_FOUND);
        return Mono.just("pengaduan/tidak-ditemukan");
    }
}

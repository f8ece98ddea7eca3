package id.go.cilegon.sigap.webapp.informationrequest;

import id.go.cilegon.sigap.command.informationrequest.api.DeliveryMethod;
import id.go.cilegon.sigap.command.informationrequest.api.FileObjection;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestId;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestStatus;
import id.go.cilegon.sigap.command.informationrequest.api.ObtainMethod;
import id.go.cilegon.sigap.command.informationrequest.api.ProvideClarification;
import id.go.cilegon.sigap.command.informationrequest.api.WithdrawInformationRequest;
import id.go.cilegon.sigap.command.shared.api.Channel;
import id.go.cilegon.sigap.command.shared.api.RuleViolation;
import id.go.cilegon.sigap.query.informationrequest.api.CaseFile;
import id.go.cilegon.sigap.query.informationrequest.api.RequestStatus;
import id.go.cilegon.sigap.webapp.complaint.attachment.AttachmentStore;
import id.go.cilegon.sigap.webapp.shared.FieldMessages;
import id.go.cilegon.sigap.webapp.shared.Messaging;
import id.go.cilegon.sigap.webapp.shared.TrackingCode;
import jakarta.validation.Valid;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
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
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The citizen's pages: the request form, the receipt and the status page found by tracking code, where the
 * requester also answers a request for completion, files a keberatan or withdraws. The tracking code is their
 * only authority, so the forms post to addresses that contain it; it is never logged.
 */
@Controller
class InformationRequestPages {

    static final int WITHDRAWAL_REASON_MAX = 1000;

    private final InformationRequestIntake intake;
    private final RequestStatusLookup lookup;
    private final FieldMessages messages;
    private final CitizenCase citizenCase;
    private final Messaging messaging;
    private final ReleasedDocumentStore documents;

    InformationRequestPages(InformationRequestIntake intake, RequestStatusLookup lookup, FieldMessages messages,
            CitizenCase citizenCase, Messaging messaging, ReleasedDocumentStore documents) {
        this.intake = intake;
        this.lookup = lookup;
        this.messages = messages;
        this.citizenCase = citizenCase;
        this.messaging = messaging;
        this.documents = documents;
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
    Mono<String> status(@PathVariable("kode") String kode, @ModelAttribute Confirmation confirmation,
            Model model, ServerWebExchange exchange) {
        Optional<TrackingCode> code = TrackingCode.parse(kode);
        if (code.isEmpty()) {
            return notFound(model, exchange);
        }
        Mono<Optional<RequestStatus>> found = confirmation.justRegistered() ? lookup.findJustRegistered(code.get())
                : lookup.find(code.get());
        model.addAttribute("confirmation", confirmation);
        return showStatus(code.get(), lookup.caseFile(found, confirmation::shownBy), confirmation.justRegistered(),
                model, exchange, null);
    }

    /**
     * What the page confirms after an act, each a query parameter the act redirects with; the page waits
     * (boundedly) until the read model shows the act, so the citizen sees its result, not the state before it.
     */
    record Confirmation(String baru, String dibatalkan, String kelengkapan, String keberatan) {

        boolean justRegistered() {
            return baru != null;
        }

        boolean shownBy(CaseFile file) {
            return (dibatalkan == null || file.status() == InformationRequestStatus.DIBATALKAN)
                    && (kelengkapan == null || file.clarification() == null)
                    && (keberatan == null || (file.objection() != null && file.objection().open()));
        }
    }

    private Mono<String> showStatus(TrackingCode code, Mono<Optional<CaseFile>> lookedUp, boolean fresh,
            Model model, ServerWebExchange exchange, String refusal) {
        Locale locale = exchange.getLocaleContext().getLocale();
        return lookedUp.flatMap(found -> {
            if (found.isEmpty()) {
                if (fresh) {
                    model.addAttribute("trackingCode", code.display());
                    model.addAttribute("statusPath", "/status/" + code.value() + "?baru=1");
                    return Mono.just("permohonan/sedang-dicatat");
                }
                return notFound(model, exchange);
            }
            return lookup.timeline(found.get())
                    .publishOn(Schedulers.boundedElastic())
                    .map(timeline -> {
                        model.addAttribute("request", citizenCase.describe(found.get(), timeline, locale));
                        model.addAttribute("justRegistered", fresh);
                        model.addAttribute("trackingCode", code.display());
                        model.addAttribute("statusPath", "/status/" + code.value());
                        model.addAttribute("refusal", refusal);
                        if (!model.containsAttribute("confirmation")) {
                            model.addAttribute("confirmation", new Confirmation(null, null, null, null));
                        }
                        if (!model.containsAttribute("errors")) {
                            model.addAttribute("errors", Map.of());
                        }
                        if (!model.containsAttribute("clarificationAnswer")) {
                            model.addAttribute("clarificationAnswer", ClarificationAnswer.empty());
                        }
                        if (!model.containsAttribute("objectionForm")) {
                            model.addAttribute("objectionForm", ObjectionForm.empty());
                        }
                        return "permohonan/status";
                    });
        });
    }

    /**
     * A released file of the request the tracking code opens, with the safe headers of every stored file. A file
     * taken back, another request's, or an unknown code is "not found".
     */
    @GetMapping("/status/{kode}/dokumen/{documentId}")
    @ResponseBody
    Mono<ResponseEntity<byte[]>> document(@PathVariable("kode") String kode,
            @PathVariable("documentId") String documentId) {
        Optional<TrackingCode> code = TrackingCode.parse(kode);
        Mono<Optional<CaseFile>> found = code.isEmpty() ? Mono.just(Optional.empty())
                : lookup.caseFile(lookup.find(code.get()), file -> true);
        return found.flatMap(Mono::justOrEmpty)
                .filter(file -> file.document(documentId).isPresent())
                .flatMap(file -> Mono.fromCallable(() -> documents.open(file.requestId(), documentId))
                        .subscribeOn(Schedulers.boundedElastic()))
                .flatMap(Mono::justOrEmpty)
                .map(AttachmentStore::response)
                .switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND)));
    }

    /** The requester answers the PPID's request for completion; the case resumes. */
    @PostMapping("/status/{kode}/kelengkapan")
    Mono<String> answerClarification(@PathVariable("kode") String kode,
            @Valid @ModelAttribute("clarificationAnswer") ClarificationAnswer answer, BindingResult errors,
            Model model, ServerWebExchange exchange) {
        return act(kode, errors, model, exchange, requestId -> new ProvideClarification(requestId,
                answer.jawaban().strip(), Channel.WEB, null), "?kelengkapan=1");
    }

    /** The requester files a keberatan to the Atasan PPID on a ground that is open to them. */
    @PostMapping("/status/{kode}/keberatan")
    Mono<String> fileObjection(@PathVariable("kode") String kode,
            @Valid @ModelAttribute("objectionForm") ObjectionForm objection, BindingResult errors,
            Model model, ServerWebExchange exchange) {
        return act(kode, errors, model, exchange, requestId -> new FileObjection(requestId, objection.ground(),
                objection.kasusPosisi().strip(), null, Channel.WEB, null), "?keberatan=1");
    }

    /**
     * One act of the requester on their case: invalid fields come back next to the fields, a refused act with its
     * rule at the top, both with nothing changed; a done act redirects to the page that confirms it.
     */
    private Mono<String> act(String kode, BindingResult errors, Model model, ServerWebExchange exchange,
            Function<InformationRequestId, Object> command, String confirmation) {
        Optional<TrackingCode> code = TrackingCode.parse(kode);
        if (code.isEmpty()) {
            return notFound(model, exchange);
        }
        Locale locale = exchange.getLocaleContext().getLocale();
        if (errors.hasErrors()) {
            exchange.getResponse().setStatusCode(HttpStatus.BAD_REQUEST);
            model.addAttribute("errors", messages.byField(errors, locale));
            return showStatus(code.get(), lookup.caseFile(lookup.find(code.get()), file -> true), false, model,
                    exchange, null);
        }
        return lookup.find(code.get()).flatMap(found -> {
            if (found.isEmpty()) {
                return notFound(model, exchange);
            }
            return messaging.send(command.apply(InformationRequestId.of(found.get().requestId())))
                    .then(Mono.just("redirect:/status/" + code.get().value() + confirmation))
                    .onErrorResume(RuleViolation.class, refused -> {
                        exchange.getResponse().setStatusCode(HttpStatus.CONFLICT);
                        return showStatus(code.get(), lookup.caseFile(Mono.just(found), file -> true), false,
                                model, exchange, messages.text("rule." + refused.code(), locale));
                    });
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
            return showStatus(code.get(), lookup.caseFile(lookup.find(code.get()), file -> true), false, model,
                    exchange, messages.text("status.withdraw.tooLong", exchange.getLocaleContext().getLocale(),
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
                        return showStatus(code.get(), lookup.caseFile(Mono.just(found), file -> true), false,
                                model, exchange,
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
            model.addAttribute("errors", Map.of());
        }
        return "permohonan/formulir";
    }
}

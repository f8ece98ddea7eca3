package id.go.cilegon.sigap.webapp.whatsapp;

import id.go.cilegon.sigap.webapp.shared.OfficeDates;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
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
 * The officers' WhatsApp inbox: conversations a citizen handed over to an officer ("Bicara dengan petugas"), the
 * longest waiting first. An officer reads the whole exchange, answers (the reply goes out through the bridge, in the
 * citizen's 24-hour window only) and closes it; every line keeps who wrote it and when.
 */
@Controller
class WhatsAppInboxPages {

    static final int MAX_REPLY = 4000;

    private final Handovers handovers;
    private final WhatsAppContacts contacts;
    private final WhatsAppOutbox outbox;
    private final OutboxSender sender;
    private final ConversationEngine engine;
    private final WhatsAppProperties properties;
    private final OfficeDates dates;
    private final Clock clock;

    WhatsAppInboxPages(Handovers handovers, WhatsAppContacts contacts, WhatsAppOutbox outbox, OutboxSender sender,
            ConversationEngine engine, WhatsAppProperties properties, OfficeDates dates, Clock clock) {
        this.handovers = handovers;
        this.contacts = contacts;
        this.outbox = outbox;
        this.sender = sender;
        this.engine = engine;
        this.properties = properties;
        this.dates = dates;
        this.clock = clock;
    }

    /** The reply form: the officer's message. */
    record ReplyForm(String pesan) {
    }

    @GetMapping("/petugas/whatsapp")
    Mono<String> inbox(@RequestParam(name = "selesai", required = false) String closed, Model model,
            ServerWebExchange exchange) {
        Locale locale = exchange.getLocaleContext().getLocale();
        return Mono.fromCallable(() -> handovers.open().stream().map(handover -> view(handover, locale)).toList())
                .subscribeOn(Schedulers.boundedElastic())
                .map(open -> {
                    model.addAttribute("handovers", open);
                    model.addAttribute("enabled", properties.enabled());
                    model.addAttribute("closed", closed != null);
                    return "petugas/whatsapp-kotak-masuk";
                });
    }

    @GetMapping("/petugas/whatsapp/{id}")
    Mono<String> thread(@PathVariable("id") String id,
            @RequestParam(name = "terkirim", required = false) String sent, Model model, ServerWebExchange exchange) {
        Locale locale = exchange.getLocaleContext().getLocale();
        return found(id).map(handover -> {
            model.addAttribute("handover", view(handover, locale));
            model.addAttribute("max", MAX_REPLY);
            model.addAttribute("sent", sent != null);
            return "petugas/whatsapp-percakapan";
        });
    }

    @PostMapping("/petugas/whatsapp/{id}/balas")
    Mono<String> reply(@PathVariable("id") String id, @ModelAttribute("form") ReplyForm form, Model model,
            ServerWebExchange exchange) {
        Locale locale = exchange.getLocaleContext().getLocale();
        return exchange.getPrincipal().map(Principal::getName).zipWith(found(id)).flatMap(officerAndHandover ->
                Mono.fromCallable(() -> {
                    Handovers.Handover handover = officerAndHandover.getT2();
                    String text = form.pesan() == null ? "" : form.pesan().strip();
                    HandoverView view = view(handover, locale);
                    String problem = !handover.open() ? "wa.inbox.closedAlready"
                            : text.isEmpty() ? "wa.inbox.empty"
                            : text.length() > MAX_REPLY ? "wa.inbox.tooLong"
                            : !view.inWindow() ? "wa.inbox.outsideWindow" : null;
                    if (problem != null) {
                        model.addAttribute("handover", view);
                        model.addAttribute("max", MAX_REPLY);
                        model.addAttribute("problem", problem);
                        model.addAttribute("draft", text);
                        return "petugas/whatsapp-percakapan";
                    }
                    Instant now = clock.instant();
                    handovers.add(id, new Handovers.Line(officerAndHandover.getT1(), text, now));
                    outbox.queue("officer:" + id + ":" + handover.lines().size(), handover.contact(),
                            new Reply.Text(text), null);
                    sender.wake();
                    return "redirect:/petugas/whatsapp/" + id + "?terkirim=1";
                }).subscribeOn(Schedulers.boundedElastic()));
    }

    @PostMapping("/petugas/whatsapp/{id}/selesai")
    Mono<String> close(@PathVariable("id") String id, ServerWebExchange exchange) {
        return exchange.getPrincipal().map(Principal::getName).zipWith(found(id)).flatMap(officerAndHandover ->
                Mono.fromCallable(() -> {
                    Handovers.Handover handover = officerAndHandover.getT2();
                    if (handovers.close(id, officerAndHandover.getT1(), clock.instant())) {
                        contacts.handover(handover.contact(), null);
                        contacts.find(handover.contact()).ifPresent(contact -> outbox.queue("officer:" + id + ":end",
                                contact.key(), engine.words(contact).text("wa.handover.closedByOfficer"), null));
                        sender.wake();
                    }
                    return "redirect:/petugas/whatsapp?selesai=1";
                }).subscribeOn(Schedulers.boundedElastic()));
    }

    private Mono<Handovers.Handover> found(String id) {
        return Mono.fromCallable(() -> handovers.find(id)).subscribeOn(Schedulers.boundedElastic())
                .flatMap(Mono::justOrEmpty)
                .switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND)));
    }

    private HandoverView view(Handovers.Handover handover, Locale locale) {
        WhatsAppContacts.Contact contact = contacts.find(handover.contact()).orElseThrow();
        List<HandoverView.LineView> lines = handover.lines().stream().map(line -> new HandoverView.LineView(
                line.officer(), line.text(), dates.moment(line.at(), locale))).toList();
        Handovers.Line last = handover.lines().isEmpty() ? null : handover.lines().get(handover.lines().size() - 1);
        return new HandoverView(handover.id(), contact.masked(), dates.moment(handover.openedAt(), locale),
                dates.moment(handover.lastFromCitizen(), locale), handover.open(),
                contact.inWindow(clock.instant(), properties.serviceWindow()),
                last != null && last.fromCitizen(), last == null ? "" : last.text(), lines);
    }
}

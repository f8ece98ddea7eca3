package id.go.cilegon.sigap.webapp.notification;

import id.go.cilegon.sigap.query.notification.NotificationInbox;
import id.go.cilegon.sigap.query.notification.api.ListNotifications;
import id.go.cilegon.sigap.query.notification.api.Notification;
import id.go.cilegon.sigap.webapp.shared.Messaging;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** The officer's notifications: what needs them to act or know, newest first, unread ones marked. */
@Controller
class NotificationPages {

    private final Messaging messaging;
    private final NotificationInbox inbox;
    private final OfficerAudience audience;

    NotificationPages(Messaging messaging, NotificationInbox inbox, OfficerAudience audience) {
        this.messaging = messaging;
        this.inbox = inbox;
        this.audience = audience;
    }

    @GetMapping("/petugas/notifikasi")
    Mono<String> list(Model model, ServerWebExchange exchange) {
        return audience.of(exchange)
                .flatMap(officer -> messaging.query(new ListNotifications(officer),
                        ResponseTypes.multipleInstancesOf(Notification.class)))
                .map(notifications -> {
                    model.addAttribute("notifications", notifications);
                    model.addAttribute("shownAtMost", NotificationInbox.SHOWN);
                    return "petugas/notifikasi";
                });
    }

    /** "Tandai sudah dibaca": for this officer only; the others who received it still see it unread. */
    @PostMapping("/petugas/notifikasi/dibaca")
    Mono<String> markRead(@ModelAttribute("read") Read read, ServerWebExchange exchange) {
        if (read.kunci() == null || read.kunci().isBlank()) {
            return Mono.error(new ResponseStatusException(HttpStatus.BAD_REQUEST));
        }
        return audience.of(exchange)
                .flatMap(officer -> Mono.fromCallable(() -> inbox.markRead(read.kunci(), officer))
                        .subscribeOn(Schedulers.boundedElastic()))
                .flatMap(found -> found ? Mono.just("redirect:/petugas/notifikasi")
                        : Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND)));
    }

    /** The mark-read form: the notification's key (WebFlux binds form fields to a model attribute). */
    record Read(String kunci) {
    }
}

package id.go.cilegon.sigap.webapp.notification;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Puts the logged-in officer's unread count on every page as {@code unreadNotifications}, for the layout's
 * navigation badge. Visitors get no attribute, and no query is made for them or for JSON calls.
 */
@ControllerAdvice
class UnreadNotificationsBadge {

    private final UnreadCounts counts;
    private final OfficerAudience audience;

    UnreadNotificationsBadge(UnreadCounts counts, OfficerAudience audience) {
        this.counts = counts;
        this.audience = audience;
    }

    @ModelAttribute("unreadNotifications")
    Mono<Long> unreadNotifications(ServerWebExchange exchange) {
        if (exchange.getRequest().getPath().value().startsWith("/api/")) {
            return Mono.empty();
        }
        return audience.of(exchange).flatMap(counts::of);
    }
}

package id.go.cilegon.sigap.webapp.notification;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** The unread count for the navigation badge, as JSON for the officer's session. */
@RestController
class NotificationApi {

    private final UnreadCounts counts;
    private final OfficerAudience audience;

    NotificationApi(UnreadCounts counts, OfficerAudience audience) {
        this.counts = counts;
        this.audience = audience;
    }

    @GetMapping(path = "/api/v1/petugas/notifikasi/jumlah", produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<Unread> unread(ServerWebExchange exchange) {
        return audience.of(exchange)
                .flatMap(counts::of)
                .defaultIfEmpty(0L)
                .map(Unread::new);
    }

    /** @param belumDibaca how many notifications the officer has not marked read */
    record Unread(long belumDibaca) {
    }
}

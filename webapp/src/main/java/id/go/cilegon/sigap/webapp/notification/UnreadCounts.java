package id.go.cilegon.sigap.webapp.notification;

import id.go.cilegon.sigap.query.notification.NotificationInbox;
import id.go.cilegon.sigap.query.notification.NotificationProjection;
import id.go.cilegon.sigap.query.notification.api.Audience;
import id.go.cilegon.sigap.query.notification.api.CountUnreadNotifications;
import id.go.cilegon.sigap.webapp.shared.Messaging;
import id.go.cilegon.sigap.webapp.shared.ReadModelVersions;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * An officer's unread count, on every page they open: counted again only when the notifications have moved or the
 * officer marked one read (ADR 0028). Counting reads the heads of the officer's audiences and the hundred
 * notifications they name, by id.
 */
@Component
class UnreadCounts {

    private final Messaging messaging;
    private final ReadModelVersions versions;
    private final NotificationInbox inbox;
    /** A count per officer (and their roles and unit as they were). */
    private final ReadModelVersions.Cache<Audience, Long> counts = new ReadModelVersions.Cache<>(512);

    UnreadCounts(Messaging messaging, ReadModelVersions versions, NotificationInbox inbox) {
        this.messaging = messaging;
        this.versions = versions;
        this.inbox = inbox;
    }

    Mono<Long> of(Audience officer) {
        Mono<Object> version = Mono.zip(versions.of(List.of(NotificationProjection.PROCESSING_GROUP)),
                Mono.fromCallable(() -> inbox.marks(officer.username())).subscribeOn(Schedulers.boundedElastic()),
                List::<Object>of);
        return counts.get(officer, version, () -> messaging.query(new CountUnreadNotifications(officer),
                ResponseTypes.instanceOf(Long.class)));
    }
}

package id.go.cilegon.sigap.webapp.informationrequest;

import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestStatus;
import id.go.cilegon.sigap.query.informationrequest.api.FindRequestStatus;
import id.go.cilegon.sigap.query.informationrequest.api.RequestStatus;
import id.go.cilegon.sigap.webapp.shared.Messaging;
import id.go.cilegon.sigap.webapp.shared.TrackingCode;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Predicate;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.Exceptions;
import reactor.util.retry.Retry;

/**
 * Finds a request's public status. Right after registering, the read model may trail the event store by a few
 * milliseconds; a citizen who has just been given a number must not be told "not found", so a fresh
 * registration is looked up again a few times before the page says it is still being recorded.
 */
@Component
public class RequestStatusLookup {

    private static final Retry UNTIL_PROJECTED = Retry.fixedDelay(40, Duration.ofMillis(50))
            .filter(NotYetProjected.class::isInstance);

    private final Messaging messaging;

    RequestStatusLookup(Messaging messaging) {
        this.messaging = messaging;
    }

    public Mono<Optional<RequestStatus>> find(TrackingCode code) {
        return messaging.query(new FindRequestStatus(code.hash()), ResponseTypes.optionalInstanceOf(RequestStatus.class));
    }

    Mono<Optional<RequestStatus>> findJustRegistered(TrackingCode code) {
        return findOnce(code, status -> true);
    }

    /** After an act, the page shows the status that act produced rather than the one before it. */
    Mono<Optional<RequestStatus>> findOnceStatusIs(TrackingCode code, InformationRequestStatus expected) {
        return findOnce(code, status -> status.status() == expected);
    }

    /** Looks again while the read model trails; after the last try, whatever it holds then. */
    private Mono<Optional<RequestStatus>> findOnce(TrackingCode code, Predicate<RequestStatus> projected) {
        return find(code)
                .flatMap(status -> status.filter(projected).isPresent()
                        ? Mono.just(status) : Mono.<Optional<RequestStatus>>error(new NotYetProjected()))
                .retryWhen(UNTIL_PROJECTED)
                .onErrorResume(Exceptions::isRetryExhausted, e -> find(code));
    }

    private static final class NotYetProjected extends RuntimeException {
        NotYetProjected() {
            super(null, null, false, false);
        }
    }
}

package id.go.cilegon.sigap.webapp.shared;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import reactor.core.Exceptions;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Read-your-writes for the pages: right after a command the read models may trail the event store by a few
 * milliseconds, so a lookup that must show the act just done is repeated a bounded number of times (40 × 50 ms)
 * until it does; after the last try, whatever the read model holds then.
 */
public final class UntilProjected {

    private static final Retry RETRY = Retry.fixedDelay(40, Duration.ofMillis(50))
            .filter(NotYetProjected.class::isInstance);

    private UntilProjected() {
    }

    public static <T> Mono<Optional<T>> once(Supplier<Mono<Optional<T>>> lookup, Predicate<T> projected) {
        return Mono.defer(lookup)
                .flatMap(found -> found.filter(projected).isPresent()
                        ? Mono.just(found) : Mono.<Optional<T>>error(new NotYetProjected()))
                .retryWhen(RETRY)
                .onErrorResume(Exceptions::isRetryExhausted, e -> lookup.get());
    }

    private static final class NotYetProjected extends RuntimeException {
        NotYetProjected() {
            super(null, null, false, false);
        }
    }
}

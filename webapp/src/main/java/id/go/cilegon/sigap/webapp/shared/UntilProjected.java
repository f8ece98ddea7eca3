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
 * milliseconds, so a lookup that must show the act just done is repeated until it does: first after 5 ms, the wait
 * doubling up to 50 ms, for about two seconds in all ({@link #TRIES}); after the last try, whatever the read model holds
 * then. A fixed 50 ms wait made every action that found its read model a moment behind take 50 ms more.
 */
public final class UntilProjected {

    /** Waits of 5, 10, 20 and 40 ms, then 50 ms each: about two seconds over these tries. */
    static final int TRIES = 42;
    private static final Duration FIRST_WAIT = Duration.ofMillis(5);
    private static final Duration LONGEST_WAIT = Duration.ofMillis(50);

    private static final Retry RETRY = Retry.backoff(TRIES, FIRST_WAIT).maxBackoff(LONGEST_WAIT).jitter(0)
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

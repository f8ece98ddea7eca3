package id.go.cilegon.sigap.webapp.shared;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

class UntilProjectedTest {

    /** Real time for each verification: a lookup answered later than the test expects fails it, not hangs it. */
    private static final Duration ANSWERED_WITHIN = Duration.ofSeconds(5);

    private final AtomicInteger lookups = new AtomicInteger();

    /** The n-th lookup answers n: "projected" once n reaches the given number. */
    private Mono<Optional<Integer>> lookup() {
        return Mono.fromSupplier(() -> Optional.of(lookups.incrementAndGet()));
    }

    @Test
    void a_read_model_a_moment_behind_is_read_again_soon_not_after_a_fixed_wait() {
        // Lookups at 0, 5, 15 and 35 ms: the fourth shows the act.
        StepVerifier.withVirtualTime(() -> UntilProjected.once(this::lookup, n -> n >= 4))
                .expectSubscription()
                .expectNoEvent(Duration.ofMillis(34))
                .thenAwait(Duration.ofMillis(1))
                .expectNext(Optional.of(4))
                .expectComplete()
                .verify(ANSWERED_WITHIN);
    }

    @Test
    void a_read_model_that_never_shows_the_act_is_answered_as_it_stands_after_about_two_seconds() {
        // Waits of 5, 10, 20 and 40 ms, then 50 ms: 1,975 ms over the tries, then one lookup more, answered as it is.
        StepVerifier.withVirtualTime(() -> UntilProjected.once(this::lookup, n -> false))
                .expectSubscription()
                .expectNoEvent(Duration.ofMillis(1_974))
                .thenAwait(Duration.ofMillis(1))
                .expectNext(Optional.of(UntilProjected.TRIES + 2))
                .expectComplete()
                .verify(ANSWERED_WITHIN);
    }

    @Test
    void a_case_not_yet_in_the_read_model_is_looked_up_again() {
        AtomicInteger tries = new AtomicInteger();
        StepVerifier.withVirtualTime(() -> UntilProjected.once(
                        () -> Mono.fromSupplier(() -> tries.incrementAndGet() < 2 ? Optional.<String>empty()
                                : Optional.of("berkas")), file -> true))
                .expectSubscription()
                .expectNoEvent(Duration.ofMillis(4))
                .thenAwait(Duration.ofMillis(1))
                .expectNext(Optional.of("berkas"))
                .expectComplete()
                .verify(ANSWERED_WITHIN);
    }
}

package id.go.cilegon.sigap.webapp.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/** Which failures are an answer that never came: a blocking read's timeout is, a refusal or an assertion is not. */
class ThreadDumpOnTimeoutTest {

    @Test
    void a_read_that_waited_in_vain_is_a_timeout_and_other_failures_are_not() {
        Throwable waited = catchThrowable(() -> Mono.never().block(Duration.ofMillis(10)));

        assertThat(ThreadDumpOnTimeout.timedOut(waited)).isTrue();
        assertThat(ThreadDumpOnTimeout.timedOut(new AssertionError("expected 200 but was 404"))).isFalse();
        assertThat(ThreadDumpOnTimeout.timedOut(new IllegalStateException("refused"))).isFalse();
    }
}

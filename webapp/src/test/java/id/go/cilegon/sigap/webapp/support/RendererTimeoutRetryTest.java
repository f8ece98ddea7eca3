package id.go.cilegon.sigap.webapp.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriverException;

/** Only Chromium's renderer hang is retried; any other timeout or failure is the test's own. */
class RendererTimeoutRetryTest {

    @Test
    void recognises_the_renderer_hang_also_when_wrapped() {
        TimeoutException hang = new TimeoutException("timeout: Timed out receiving message from renderer: 30.000");

        assertThat(RendererTimeoutRetry.rendererTimeout(hang)).isTrue();
        assertThat(RendererTimeoutRetry.rendererTimeout(new WebDriverException("click failed", hang))).isTrue();
    }

    @Test
    void leaves_every_other_failure_alone() {
        assertThat(RendererTimeoutRetry.rendererTimeout(new TimeoutException("Expected condition failed"))).isFalse();
        assertThat(RendererTimeoutRetry.rendererTimeout(new AssertionError("Timed out receiving message from renderer")))
                .isFalse();
    }
}

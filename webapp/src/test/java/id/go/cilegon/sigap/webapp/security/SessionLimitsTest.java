package id.go.cilegon.sigap.webapp.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SessionLimitsTest {

    private static final Instant LOGIN = Instant.parse("2026-11-23T01:00:00Z");
    private final SessionLimits limits = new SessionLimits(Duration.ofMinutes(30), Duration.ofHours(12),
            Duration.ofMinutes(5));

    @Test
    void a_session_used_within_the_idle_time_goes_on() {
        Instant seen = LOGIN.plus(Duration.ofHours(3));

        assertThat(limits.expired(LOGIN, seen, false, seen.plus(Duration.ofMinutes(29)))).isFalse();
        assertThat(limits.expired(LOGIN, seen, false, seen.plus(Duration.ofMinutes(30)))).isTrue();
    }

    @Test
    void a_session_ends_at_its_absolute_maximum_however_busy() {
        Instant seen = LOGIN.plus(Duration.ofHours(12)).minusSeconds(1);

        assertThat(limits.expired(LOGIN, seen, false, seen)).isFalse();
        assertThat(limits.expired(LOGIN, seen, false, LOGIN.plus(Duration.ofHours(12)))).isTrue();
    }

    @Test
    void a_login_waits_for_its_code_only_a_few_minutes() {
        assertThat(limits.expired(LOGIN, LOGIN, true, LOGIN.plus(Duration.ofMinutes(4)))).isFalse();
        assertThat(limits.expired(LOGIN, LOGIN, true, LOGIN.plus(Duration.ofMinutes(5)))).isTrue();
    }

    @Test
    void a_page_refreshing_itself_is_not_the_officer_at_work() {
        assertThat(SessionLimits.byTheOfficer(MockServerHttpRequest.get("/petugas/opini/panel")
                .header("Sec-Fetch-Mode", "cors").build())).isFalse();
        assertThat(SessionLimits.byTheOfficer(MockServerHttpRequest.get("/petugas/opini")
                .header("Sec-Fetch-Mode", "navigate").build())).isTrue();
        assertThat(SessionLimits.byTheOfficer(MockServerHttpRequest.post("/petugas/notifikasi/dibaca")
                .header("Sec-Fetch-Mode", "same-origin").build())).isTrue();
        assertThat(SessionLimits.byTheOfficer(MockServerHttpRequest.get("/api/v1/petugas/permohonan/x").build()))
                .as("a client that is not a page's script").isTrue();
    }

    @Test
    void limits_that_contradict_each_other_are_refused_at_start() {
        assertThatThrownBy(() -> new SessionLimits(Duration.ofHours(2), Duration.ofHours(1), Duration.ofMinutes(5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("absolute at least idle");
        assertThatThrownBy(() -> new SessionLimits(Duration.ZERO, Duration.ofHours(1), Duration.ofMinutes(5)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

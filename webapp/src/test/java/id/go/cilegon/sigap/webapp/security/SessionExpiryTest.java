package id.go.cilegon.sigap.webapp.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.cilegon.sigap.webapp.support.Http;
import id.go.cilegon.sigap.webapp.support.SigapTest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.web.server.WebSession;
import org.springframework.web.server.session.DefaultWebSessionManager;
import org.springframework.web.server.session.WebSessionManager;

/**
 * Session expiry over real HTTP, made deterministic by moving the session's own record of its start and last use
 * back in time, as the passing of that much time would: nobody waits thirty minutes.
 */
@SigapTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SessionExpiryTest {

    private static final String PASSWORD = "sesi-uji-kopi-pagi";

    @LocalServerPort
    int port;

    @Autowired
    OfficerAccounts accounts;

    @Autowired
    WebSessionManager sessions;

    @Autowired
    Clock clock;

    private Http loggedIn(String username) {
        accounts.save(username, "Petugas sesi", PASSWORD, List.of(OfficerRole.PETUGAS_PPID));
        Http officer = new Http(port);
        officer.logIn(username, PASSWORD);
        return officer;
    }

    private WebSession session(Http visitor) {
        return ((DefaultWebSessionManager) sessions).getSessionStore()
                .retrieveSession(visitor.cookie("SESSION")).block();
    }

    /** Moves a time the session records back, in the store every node reads it from. */
    private void backdate(Http visitor, String attribute, Duration by) {
        WebSession session = session(visitor);
        session.getAttributes().put(attribute, clock.instant().minus(by));
        session.save().block();
    }

    @Test
    void an_officer_idle_for_thirty_minutes_is_sent_to_the_login_page_with_a_notice() {
        Http officer = loggedIn("sesi-diam");
        assertThat(officer.page("/petugas/notifikasi").getStatus()).isEqualTo(HttpStatus.OK);

        backdate(officer, OfficerSessions.SEEN, Duration.ofMinutes(30));
        EntityExchangeResult<String> next = officer.page("/petugas/notifikasi");

        assertThat(next.getStatus()).isEqualTo(HttpStatus.SEE_OTHER);
        assertThat(next.getResponseHeaders().getLocation()).hasToString("/masuk?habis");
        assertThat(officer.page("/masuk?habis").getResponseBody()).contains("Sesi Anda berakhir")
                .as("only the notice of the page's own parameter").doesNotContain("kata sandi salah", "sudah keluar");
        assertThat(officer.page("/petugas/notifikasi").getResponseHeaders().getLocation().getPath())
                .as("the session is gone, not just refused once").isEqualTo("/masuk");
    }

    @Test
    void twenty_nine_idle_minutes_are_not_enough_and_using_the_session_starts_the_count_again() {
        Http officer = loggedIn("sesi-dipakai");
        backdate(officer, OfficerSessions.SEEN, Duration.ofMinutes(29));

        assertThat(officer.page("/petugas/notifikasi").getStatus()).isEqualTo(HttpStatus.OK);
        assertThat((Instant) session(officer).getAttribute(OfficerSessions.SEEN))
                .isAfter(clock.instant().minus(Duration.ofMinutes(1)));
    }

    @Test
    void a_page_refreshing_itself_in_the_background_does_not_keep_the_session_alive() {
        Http officer = loggedIn("sesi-latar");
        backdate(officer, OfficerSessions.SEEN, Duration.ofMinutes(20));
        Instant seen = session(officer).getAttribute(OfficerSessions.SEEN);

        EntityExchangeResult<String> refresh = officer.client().get().uri("/api/v1/petugas/notifikasi/jumlah")
                .cookie("SESSION", officer.cookie("SESSION")).header("Sec-Fetch-Mode", "cors")
                .accept(MediaType.APPLICATION_JSON).exchange().expectBody(String.class).returnResult();

        assertThat(refresh.getStatus()).isEqualTo(HttpStatus.OK);
        assertThat((Instant) session(officer).getAttribute(OfficerSessions.SEEN)).isEqualTo(seen);
    }

    @Test
    void a_session_ends_twelve_hours_after_the_login_however_busy_the_officer_is() {
        Http officer = loggedIn("sesi-lama");
        backdate(officer, OfficerSessions.SINCE, Duration.ofHours(12));

        EntityExchangeResult<String> next = officer.page("/petugas/notifikasi");

        assertThat(next.getResponseHeaders().getLocation()).hasToString("/masuk?habis");
    }

    @Test
    void the_officers_json_api_answers_an_expired_session_with_problem_details() {
        Http officer = loggedIn("sesi-api");
        backdate(officer, OfficerSessions.SEEN, Duration.ofHours(1));

        EntityExchangeResult<String> answer = officer.getJson("/api/v1/petugas/notifikasi/jumlah");

        assertThat(answer.getStatus()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(answer.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(answer.getResponseBody()).contains("urn:sigap:problem:unauthenticated");
    }
}

package id.go.cilegon.sigap.webapp.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.cilegon.sigap.webapp.support.Http;
import id.go.cilegon.sigap.webapp.support.SigapTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

/**
 * The login's rate limit in the running application (ADR 0039): it reads the name from the login form, and the login
 * still reads the same form after it. Small limits, so that they run out.
 */
@SigapTest
@TestPropertySource(properties = {"sigap.rate-limit.enabled=true", "sigap.rate-limit.logins-per-minute=3",
        "sigap.rate-limit.address-logins-per-minute=8"})
class LoginRateLimitTest {

    private static final String PASSWORD = "rahasia-batas-1";

    @LocalServerPort
    int port;

    @Autowired
    OfficerAccounts accounts;

    private EntityExchangeResult<String> logIn(String username, String password) {
        return new Http(port).submitLogin(username, password);
    }

    @Test
    void one_name_tried_too_often_waits_while_a_colleague_at_the_same_address_logs_in() {
        accounts.save("batas-petugas", "Petugas", PASSWORD, List.of(OfficerRole.PETUGAS_PPID));
        accounts.save("batas-rekan", "Rekan", PASSWORD, List.of(OfficerRole.PETUGAS_PPID));
        for (int attempt = 1; attempt <= 3; attempt++) {
            assertThat(logIn("batas-petugas", "salah-" + attempt).getResponseHeaders().getLocation())
                    .hasToString("/masuk?gagal");
        }

        EntityExchangeResult<String> refused = logIn("batas-petugas", PASSWORD);
        assertThat(refused.getStatus().value()).isEqualTo(429);
        assertThat(refused.getResponseBody()).contains("Terlalu banyak permintaan");
        assertThat(logIn("batas-rekan", PASSWORD).getResponseHeaders().getLocation()).as("the colleague is in")
                .hasToString("/petugas");
    }

    @Test
    void a_login_body_that_is_no_form_is_refused_as_the_clients_mistake() {
        for (String body : List.of("username=%zz&password=x", "username=besar&password=" + "x".repeat(10_000))) {
            EntityExchangeResult<String> refused = new Http(port).client().post().uri("/masuk")
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED).bodyValue(body).exchange()
                    .expectBody(String.class).returnResult();
            assertThat(refused.getStatus().is4xxClientError()).as("%s: %s", refused.getStatus(),
                    refused.getResponseBody()).isTrue();
        }
    }
}

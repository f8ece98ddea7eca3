package id.go.cilegon.sigap.webapp.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseCookie;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.web.server.csrf.CsrfToken;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CsrfTokenCookieTest {

    private final CsrfTokenCookie tokens = new CsrfTokenCookie();

    @Test
    void the_cookie_is_secure_when_the_request_came_over_https_as_nginx_forwards_it_and_not_over_plain_http() {
        assertThat(saved("https://sigap.cilegonkota.go.id/permohonan").cookie().isSecure()).isTrue();
        assertThat(saved("http://localhost:8080/permohonan").cookie().isSecure()).isFalse();
    }

    @Test
    void the_cookie_carries_the_token_only_the_server_reads_and_stays_on_the_site() {
        Saved saved = saved("https://sigap.cilegonkota.go.id/permohonan");

        assertThat(saved.cookie().getValue()).isEqualTo(saved.token().getToken());
        assertThat(saved.cookie().isHttpOnly()).isTrue();
        assertThat(saved.cookie().getSameSite()).isEqualTo("Lax");
        assertThat(saved.token().getHeaderName()).isEqualTo("X-CSRF-TOKEN");
    }

    private Saved saved(String url) {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get(url));
        CsrfToken token = tokens.generateToken(exchange).block();
        tokens.saveToken(exchange, token).block();
        return new Saved(token, exchange.getResponse().getCookies().getFirst(CsrfTokenCookie.COOKIE));
    }

    private record Saved(CsrfToken token, ResponseCookie cookie) {
    }
}

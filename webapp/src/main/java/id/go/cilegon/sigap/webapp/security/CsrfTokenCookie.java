package id.go.cilegon.sigap.webapp.security;

import java.util.List;
import org.springframework.http.ResponseCookie;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRepository;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * A visitor's CSRF token in a cookie of their own (ADR 0032): Spring Security's {@link CookieServerCsrfTokenRepository}
 * ({@code HttpOnly}, {@code SameSite=Lax}), with the cookie marked {@code Secure} whenever the request came over
 * HTTPS, as the session's cookie is. Spring's repository asks the connection only, and behind nginx, which ends TLS,
 * the connection is plain HTTP: the scheme nginx forwards is the one that counts.
 */
final class CsrfTokenCookie implements ServerCsrfTokenRepository {

    /** The cookie, and the header the officers' JSON API takes the token in (README). */
    static final String COOKIE = "sigap-csrf";
    static final String HEADER = "X-CSRF-TOKEN";

    private final CookieServerCsrfTokenRepository cookies = new CookieServerCsrfTokenRepository();

    CsrfTokenCookie() {
        cookies.setCookieName(COOKIE);
        cookies.setHeaderName(HEADER);
        cookies.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
    }

    @Override
    public Mono<CsrfToken> generateToken(ServerWebExchange exchange) {
        return cookies.generateToken(exchange);
    }

    @Override
    public Mono<Void> saveToken(ServerWebExchange exchange, CsrfToken token) {
        return cookies.saveToken(exchange, token).then(Mono.fromRunnable(() -> secureOverHttps(exchange)));
    }

    @Override
    public Mono<CsrfToken> loadToken(ServerWebExchange exchange) {
        return cookies.loadToken(exchange);
    }

    private static void secureOverHttps(ServerWebExchange exchange) {
        List<ResponseCookie> set = exchange.getResponse().getCookies().get(COOKIE);
        if (set != null && "https".equalsIgnoreCase(exchange.getRequest().getURI().getScheme())) {
            set.replaceAll(cookie -> cookie.mutate().secure(true).build());
        }
    }
}

package id.go.cilegon.sigap.webapp.security;

import java.net.URI;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.web.server.savedrequest.CookieServerRequestCache;
import org.springframework.security.web.server.savedrequest.ServerRequestCache;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The page an officer asked for before the login page, kept in a cookie (Spring Security's
 * {@link CookieServerRequestCache}: HttpOnly, SameSite=Lax, Secure by the request's scheme, a relative path only)
 * rather than a session, which a visitor who is not logged in never gets (ADR 0032). Spring's cookie cache forgets
 * the page at whatever request comes next, the login page itself included; this one forgets it when the officer
 * reaches it, as the session's cache did.
 */
final class AskedPage implements ServerRequestCache {

    private final CookieServerRequestCache cookie = new CookieServerRequestCache();

    @Override
    public Mono<Void> saveRequest(ServerWebExchange exchange) {
        return cookie.saveRequest(exchange);
    }

    @Override
    public Mono<URI> getRedirectUri(ServerWebExchange exchange) {
        return cookie.getRedirectUri(exchange);
    }

    /** The request when it is the asked-for page, whose cookie then goes; otherwise nothing, and the cookie stays. */
    @Override
    public Mono<ServerHttpRequest> removeMatchingRequest(ServerWebExchange exchange) {
        return cookie.getRedirectUri(exchange)
                .filter(asked -> asked.toString().equals(pathAndQuery(exchange.getRequest())))
                .flatMap(asked -> cookie.removeMatchingRequest(exchange));
    }

    private static String pathAndQuery(ServerHttpRequest request) {
        String query = request.getURI().getRawQuery();
        return request.getPath().pathWithinApplication().value() + (query == null ? "" : "?" + query);
    }
}

package id.go.cilegon.sigap.webapp.security;

import id.go.cilegon.sigap.webapp.shared.FieldMessages;
import id.go.cilegon.sigap.webapp.shared.Problems;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * The officers' JSON API answers a missing login with 401 and a forbidden act (wrong role, missing CSRF token)
 * with 403, both as problem details, instead of the login page that a browser gets.
 */
class OfficerApiProblems implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler {

    private final FieldMessages messages;
    private final JsonMapper json;

    OfficerApiProblems(FieldMessages messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException e) {
        return write(exchange, HttpStatus.UNAUTHORIZED, "unauthenticated");
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
        return write(exchange, HttpStatus.FORBIDDEN, "forbidden");
    }

    private Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String type) {
        Locale locale = exchange.getLocaleContext().getLocale();
        byte[] body = json.writeValueAsBytes(Problems.of(status, type,
                messages.text("problem." + type + ".title", locale),
                messages.text("problem." + type + ".detail", locale)).getBody());
        ServerHttpResponse response = exchange.getResponse();
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
    }
}

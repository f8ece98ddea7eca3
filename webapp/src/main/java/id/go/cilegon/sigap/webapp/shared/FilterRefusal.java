package id.go.cilegon.sigap.webapp.shared;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.HtmlUtils;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * The answer of a web filter that refuses a request before any controller sees it: problem details for the APIs
 * ({@code /api/}, {@code /open311/}), a short page in the reader's language for everything else. The texts are
 * {@code problem.<type>.title} and {@code .detail}, the detail taking {@code arguments}.
 */
final class FilterRefusal {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private FilterRefusal() {
    }

    static Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String type, FieldMessages messages,
            JsonMapper json, Object... arguments) {
        Locale reader = exchange.getLocaleContext().getLocale();
        Locale locale = reader == null ? INDONESIAN : reader;
        String title = messages.text("problem." + type + ".title", locale);
        String detail = messages.text("problem." + type + ".detail", locale, arguments);
        ServerHttpResponse response = exchange.getResponse();
        response.setStatusCode(status);
        String path = exchange.getRequest().getPath().value();
        byte[] body;
        if (path.startsWith("/api/") || path.startsWith("/open311/")) {
            response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
            body = json.writeValueAsBytes(Problems.of(status, type, title, detail).getBody());
        } else {
            response.getHeaders().setContentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8));
            body = ("<!doctype html><html lang=\"" + locale.getLanguage() + "\"><meta charset=\"utf-8\"><title>"
                    + HtmlUtils.htmlEscape(title) + "</title><h1>" + HtmlUtils.htmlEscape(title) + "</h1><p>"
                    + HtmlUtils.htmlEscape(detail) + "</p></html>").getBytes(StandardCharsets.UTF_8);
        }
        DataBuffer buffer = response.bufferFactory().wrap(body);
        return response.writeWith(Mono.just(buffer));
    }
}

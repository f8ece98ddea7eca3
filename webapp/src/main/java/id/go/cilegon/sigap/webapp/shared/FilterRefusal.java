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
 * ({@code /api/}, {@code /open311/}), a short page in the site's look and the reader's language for everything
 * else. The texts are {@code problem.<type>.title} and {@code .detail}, the detail taking {@code arguments}.
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
            body = page(locale, title, detail, messages).getBytes(StandardCharsets.UTF_8);
        }
        DataBuffer buffer = response.bufferFactory().wrap(body);
        return response.writeWith(Mono.just(buffer));
    }

    /**
     * A page in the site's look, as the error pages have it (the header without its menu), for a citizen on a phone:
     * the filters answer before the views, so it is written here rather than by a template.
     */
    private static String page(Locale locale, String title, String detail, FieldMessages messages) {
        return "<!DOCTYPE html>\n<html lang=\"" + locale.getLanguage() + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + escaped(title) + " - Sigap</title>\n"
                + "<link rel=\"stylesheet\" href=\"/css/sigap.css\">\n</head>\n<body>\n"
                + "<header class=\"site-header\">\n"
                + "<a class=\"skip\" href=\"#isi\">" + escaped(messages.text("nav.skip", locale)) + "</a>\n"
                + "<div class=\"bar\"><a class=\"brand\" href=\"/\">"
                + "<span class=\"brand-mark\" aria-hidden=\"true\">S</span> <span>Sigap</span></a></div>\n"
                + "<p class=\"agency\">" + escaped(messages.text("app.agency", locale)) + "</p>\n</header>\n"
                + "<main id=\"isi\">\n<h1>" + escaped(title) + "</h1>\n<p>" + escaped(detail) + "</p>\n"
                + "<a class=\"button\" href=\"/\">" + escaped(messages.text("error.back", locale)) + "</a>\n"
                + "</main>\n</body>\n</html>\n";
    }

    private static String escaped(String text) {
        return HtmlUtils.htmlEscape(text);
    }
}

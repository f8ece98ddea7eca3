package id.go.cilegon.sigap.webapp.informationrequest.notice;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.reactive.result.view.View;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * A document already rendered (the letter's HTML or its PDF), written as it is. A view rather than a response
 * entity, so a page that has to say "not available" instead is an ordinary view with the layout's model.
 *
 * @param contentDisposition the {@code Content-Disposition} header, or {@code null} for none
 */
record RenderedDocument(MediaType type, byte[] body, String contentDisposition) implements View {

    @Override
    public List<MediaType> getSupportedMediaTypes() {
        return List.of(type);
    }

    @Override
    public Mono<Void> render(Map<String, ?> model, MediaType contentType, ServerWebExchange exchange) {
        ServerHttpResponse response = exchange.getResponse();
        response.getHeaders().setContentType(type);
        response.getHeaders().setContentLength(body.length);
        if (contentDisposition != null) {
            response.getHeaders().set(HttpHeaders.CONTENT_DISPOSITION, contentDisposition);
        }
        return response.writeWith(Mono.fromSupplier(() -> response.bufferFactory().wrap(body)));
    }
}

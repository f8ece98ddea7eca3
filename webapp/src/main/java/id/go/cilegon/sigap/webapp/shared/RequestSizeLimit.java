package id.go.cilegon.sigap.webapp.shared;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses a body whose declared length is over the limit before a byte of it is read. Bodies sent without a
 * length are cut off by the codecs at the same limit ({@code spring.http.codecs.max-in-memory-size}). The forms
 * that carry photos ({@code sigap.uploads.paths}, multipart only) have the larger upload limit
 * ({@code sigap.uploads.max-request-size}); their parts are streamed to disk, each capped by
 * {@code spring.webflux.multipart.max-disk-usage-per-part}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class RequestSizeLimit implements WebFilter {

    private final long maxBytes;
    private final long maxUploadBytes;
    private final List<PathPattern> uploadPaths;
    private final FieldMessages messages;
    private final JsonMapper json;

    public RequestSizeLimit(@Value("${spring.http.codecs.max-in-memory-size}") DataSize max,
            @Value("${sigap.uploads.max-request-size}") DataSize maxUpload,
            @Value("${sigap.uploads.paths}") List<String> uploadPaths, FieldMessages messages, JsonMapper json) {
        this.maxBytes = max.toBytes();
        this.maxUploadBytes = maxUpload.toBytes();
        this.uploadPaths = uploadPaths.stream().map(PathPatternParser.defaultInstance::parse).toList();
        this.messages = messages;
        this.json = json;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long declared = exchange.getRequest().getHeaders().getContentLength();
        boolean upload = isUpload(exchange);
        if (declared <= (upload ? maxUploadBytes : maxBytes)) {
            return chain.filter(exchange);
        }
        return refuse(exchange, upload);
    }

    private boolean isUpload(ServerWebExchange exchange) {
        MediaType type = exchange.getRequest().getHeaders().getContentType();
        return exchange.getRequest().getMethod() == HttpMethod.POST && type != null
                && MediaType.MULTIPART_FORM_DATA.isCompatibleWith(type)
                && uploadPaths.stream().anyMatch(path -> path.matches(exchange.getRequest().getPath().pathWithinApplication()));
    }

    /** A form with files is told its limit in megabytes, and what to send instead. */
    private Mono<Void> refuse(ServerWebExchange exchange, boolean upload) {
        // The unread body is still on the wire: the connection cannot carry another request.
        exchange.getResponse().getHeaders().set(HttpHeaders.CONNECTION, "close");
        return upload
                ? FilterRefusal.write(exchange, HttpStatus.CONTENT_TOO_LARGE, "upload-too-large", messages, json,
                        DataSize.ofBytes(maxUploadBytes).toMegabytes())
                : FilterRefusal.write(exchange, HttpStatus.CONTENT_TOO_LARGE, "body-too-large", messages, json);
    }
}

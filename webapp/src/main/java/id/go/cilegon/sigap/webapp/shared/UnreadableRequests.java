package id.go.cilegon.sigap.webapp.shared;

import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.codec.DecodingException;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.codec.multipart.Part;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebExchangeDecorator;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Requests Spring cannot even read, refused as the client's mistakes they are instead of the 500 Spring gives them.
 * A {@code Content-Type} that is not a media type is 415 before anything else runs. A form or multipart body that
 * cannot be parsed — no boundary, no end, a part without a name, more parts than allowed, a broken percent escape —
 * is 400 ({@link UnreadableForm}), wherever it is read: by the CSRF filter looking for its token, or by a
 * controller binding its form. The APIs get problem details ({@link ApiProblems} inside a controller, this filter
 * outside one), pages the error page. It runs after the rate limit, which counts a flood first, and before the
 * size limit, which reads the content type.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 6)
public class UnreadableRequests implements WebFilter {

    private final FieldMessages messages;
    private final JsonMapper json;

    public UnreadableRequests(FieldMessages messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!readableContentType(exchange.getRequest().getHeaders())) {
            return refuse(exchange, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unreadable-content-type");
        }
        return chain.filter(new CheckedBody(exchange)).onErrorResume(UnreadableForm.class, unreadable -> {
            String path = exchange.getRequest().getPath().value();
            boolean api = path.startsWith("/api/") || path.startsWith("/open311/");
            return api && !exchange.getResponse().isCommitted()
                    ? refuse(exchange, HttpStatus.BAD_REQUEST, "unreadable-form") : Mono.error(unreadable);
        });
    }

    private Mono<Void> refuse(ServerWebExchange exchange, HttpStatus status, String type) {
        // Whatever is left of the body is not read: the connection cannot carry another request.
        exchange.getResponse().getHeaders().set(HttpHeaders.CONNECTION, "close");
        return FilterRefusal.write(exchange, status, type, messages, json);
    }

    private static boolean readableContentType(HttpHeaders headers) {
        String contentType = headers.getFirst(HttpHeaders.CONTENT_TYPE);
        try {
            return contentType == null || MediaType.parseMediaType(contentType) != null;
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    /**
     * Spring Security's firewall refuses paths and headers that could mean two things to two readers ({@code //},
     * {@code ;}, {@code %2e%2e}, {@code %00}, control characters in a header) with a bare 400; this gives that 400
     * the same body as every other refusal.
     */
    @Bean
    ServerExchangeRejectedHandler firewallRefusal() {
        return (exchange, rejected) -> refuse(exchange, HttpStatus.BAD_REQUEST, "rejected-request");
    }

    /** A form or multipart body that cannot be parsed; answered 400 like any unreadable input. */
    public static final class UnreadableForm extends ServerWebInputException {

        private static final long serialVersionUID = 1L;

        UnreadableForm(Throwable cause) {
            super("The form cannot be read", null, cause);
        }
    }

    /**
     * The exchange whose form and multipart data fail as the request's fault: what their parsers throw at a broken
     * body (decoding errors, a part without a name, a bad escape) becomes {@link UnreadableForm}, a body over the
     * limit 413. Anything else — a disk that cannot take a part — stays a server error.
     */
    private static final class CheckedBody extends ServerWebExchangeDecorator {

        CheckedBody(ServerWebExchange delegate) {
            super(delegate);
        }

        @Override
        public Mono<MultiValueMap<String, String>> getFormData() {
            return super.getFormData().onErrorMap(CheckedBody::clientFault, CheckedBody::refusal);
        }

        @Override
        public Mono<MultiValueMap<String, Part>> getMultipartData() {
            return super.getMultipartData().onErrorMap(CheckedBody::clientFault, CheckedBody::refusal);
        }

        private static boolean clientFault(Throwable failure) {
            return failure instanceof DecodingException
                    || failure instanceof DataBufferLimitException
                    || failure instanceof IllegalArgumentException || failure instanceof IllegalStateException;
        }

        private static Throwable refusal(Throwable failure) {
            return failure instanceof DataBufferLimitException
                    ? new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE, null, failure)
                    : new UnreadableForm(failure);
        }
    }
}

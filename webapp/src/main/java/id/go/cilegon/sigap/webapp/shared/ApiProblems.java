package id.go.cilegon.sigap.webapp.shared;

import id.go.cilegon.sigap.command.shared.api.RuleViolation;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.reactive.HandlerMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Maps every failure of a {@code /api/} call to problem details. Failures of pages are passed on, so that the
 * HTML error pages render them instead.
 */
@RestControllerAdvice
public class ApiProblems {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    private final FieldMessages messages;

    public ApiProblems(FieldMessages messages) {
        this.messages = messages;
    }

    @ExceptionHandler
    Mono<ResponseEntity<ProblemDetail>> invalidFields(WebExchangeBindException e, ServerWebExchange exchange) {
        Locale locale = locale(exchange);
        return forApi(e, exchange, () -> Problems.invalidFields(
                messages.text("problem.invalid-fields.title", locale),
                messages.text("problem.invalid-fields.detail", locale),
                messages.invalidFields(e, locale)));
    }

    @ExceptionHandler
    Mono<ResponseEntity<ProblemDetail>> unreadable(ServerWebInputException e, ServerWebExchange exchange) {
        Locale locale = locale(exchange);
        if (Causes.find(e, DataBufferLimitException.class).isPresent()) {
            return tooLarge(e, exchange);
        }
        Optional<JacksonException> json = Causes.find(e, JacksonException.class);
        Optional<String> field = json.flatMap(ApiProblems::fieldOf);
        if (field.isPresent()) {
            String code = json.get() instanceof UnrecognizedPropertyException
                    ? "problem.field.unknown" : "problem.field.unreadable";
            return forApi(e, exchange, () -> Problems.invalidFields(
                    messages.text("problem.invalid-fields.title", locale),
                    messages.text("problem.invalid-fields.detail", locale),
                    List.of(InvalidField.of(field.get(), messages.text(code, locale)))));
        }
        return forApi(e, exchange, () -> Problems.of(HttpStatus.BAD_REQUEST, "unreadable-body",
                messages.text("problem.unreadable-body.title", locale),
                messages.text("problem.unreadable-body.detail", locale)));
    }

    @ExceptionHandler
    Mono<ResponseEntity<ProblemDetail>> unreadableForm(UnreadableRequests.UnreadableForm e, ServerWebExchange exchange) {
        Locale locale = locale(exchange);
        return forApi(e, exchange, () -> Problems.of(HttpStatus.BAD_REQUEST, "unreadable-form",
                messages.text("problem.unreadable-form.title", locale),
                messages.text("problem.unreadable-form.detail", locale)));
    }

    /**
     * A query parameter the firewall refuses (a name with a control character, such as {@code %00}): it checks the
     * names only when the query is first read, here by a controller binding its form, so the refusal arrives as the
     * controller's failure. It goes back to the firewall's own refusal ({@link UnreadableRequests#firewallRefusal}),
     * which answers every request the firewall refuses, pages and APIs alike, instead of the last resort's 500.
     */
    @ExceptionHandler
    Mono<ResponseEntity<ProblemDetail>> rejected(ServerExchangeRejectedException e) {
        return Mono.error(e);
    }

    @ExceptionHandler
    Mono<ResponseEntity<ProblemDetail>> unsupportedMediaType(
            UnsupportedMediaTypeStatusException e, ServerWebExchange exchange) {
        Locale locale = locale(exchange);
        return forApi(e, exchange, () -> Problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
                messages.text("problem.unsupported-media-type.title", locale),
                messages.text("problem.unsupported-media-type.detail", locale, String.valueOf(e.getContentType()))));
    }

    @ExceptionHandler
    Mono<ResponseEntity<ProblemDetail>> tooLarge(DataBufferLimitException e, ServerWebExchange exchange) {
        return tooLarge((Exception) e, exchange);
    }

    @ExceptionHandler
    Mono<ResponseEntity<ProblemDetail>> ruleViolation(RuleViolation e, ServerWebExchange exchange) {
        Locale locale = locale(exchange);
        return forApi(e, exchange, () -> Problems.of(HttpStatus.CONFLICT, "rule:" + e.code(),
                messages.text("problem.rule.title", locale),
                messages.text("rule." + e.code(), locale)));
    }

    @ExceptionHandler
    Mono<ResponseEntity<ProblemDetail>> notFound(AggregateNotFoundException e, ServerWebExchange exchange) {
        Locale locale = locale(exchange);
        return forApi(e, exchange, () -> Problems.of(HttpStatus.NOT_FOUND, "not-found",
                messages.text("problem.not-found.title", locale), messages.text("problem.not-found.detail", locale)));
    }

    @ExceptionHandler
    Mono<ResponseEntity<ProblemDetail>> status(ResponseStatusException e, ServerWebExchange exchange) {
        Locale locale = locale(exchange);
        HttpStatus status = HttpStatus.resolve(e.getStatusCode().value());
        if (status == null || status.is5xxServerError()) {
            return unexpected(e, exchange);
        }
        if (status == HttpStatus.NOT_FOUND) {
            return forApi(e, exchange, () -> Problems.of(status, "not-found",
                    messages.text("problem.not-found.title", locale),
                    messages.text("problem.not-found.detail", locale)));
        }
        if (status == HttpStatus.FORBIDDEN) {
            return forApi(e, exchange, () -> Problems.of(status, "forbidden",
                    messages.text("problem.forbidden.title", locale),
                    messages.text("problem.forbidden.detail", locale)));
        }
        return forApi(e, exchange, () -> Problems.of(status, "http-" + status.value(), status.getReasonPhrase(),
                e.getReason()));
    }

    /** The last resort: the reader gets an incident id to quote, the log gets the details. */
    @ExceptionHandler
    Mono<ResponseEntity<ProblemDetail>> unexpected(Exception e, ServerWebExchange exchange) {
        Throwable cause = e.getCause();
        if (cause instanceof RuleViolation violation) {
            return ruleViolation(violation, exchange);
        }
        Locale locale = locale(exchange);
        return forApi(e, exchange, () -> {
            String incident = UUID.randomUUID().toString();
            // The route's pattern, not the path: a citizen's path holds their secret tracking code.
            log.error("Unexpected failure of {} {} (incident {})", exchange.getRequest().getMethod(),
                    exchange.getAttributeOrDefault(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE, "(no route)"),
                    incident, e);
            ResponseEntity<ProblemDetail> response = Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "server-error",
                    messages.text("problem.server-error.title", locale),
                    messages.text("problem.server-error.detail", locale));
            response.getBody().setProperty("incident", incident);
            return response;
        });
    }

    private Mono<ResponseEntity<ProblemDetail>> tooLarge(Exception e, ServerWebExchange exchange) {
        Locale locale = locale(exchange);
        return forApi(e, exchange, () -> Problems.of(HttpStatus.CONTENT_TOO_LARGE, "body-too-large",
                messages.text("problem.body-too-large.title", locale),
                messages.text("problem.body-too-large.detail", locale)));
    }

    private static Mono<ResponseEntity<ProblemDetail>> forApi(
            Exception e, ServerWebExchange exchange, java.util.function.Supplier<ResponseEntity<ProblemDetail>> problem) {
        if (!exchange.getRequest().getPath().value().startsWith("/api/")) {
            return Mono.error(e);
        }
        return Mono.fromSupplier(problem);
    }

    private static Locale locale(ServerWebExchange exchange) {
        return exchange.getLocaleContext().getLocale();
    }

    private static Optional<String> fieldOf(JacksonException e) {
        return e.getPath().stream()
                .map(JacksonException.Reference::getPropertyName)
                .filter(name -> name != null)
                .reduce((first, second) -> first + "." + second);
    }
}

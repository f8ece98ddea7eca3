package id.go.cilegon.sigap.webapp.shared;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * Resolves validation errors against the message bundle in the reader's language. Bean Validation's own
 * interpolation would use the server's locale (WebFlux has no per-request thread locale), so Sigap resolves
 * the constraint codes itself.
 */
@Component
public class FieldMessages {

    private final MessageSource messages;

    public FieldMessages(MessageSource messages) {
        this.messages = messages;
    }

    public List<InvalidField> invalidFields(Errors errors, Locale locale) {
        return errors.getFieldErrors().stream()
                .map(error -> InvalidField.of(error.getField(), messages.getMessage(error, locale)))
                .toList();
    }

    /** Field name → messages, in form order, for re-rendering a page. */
    public Map<String, List<String>> byField(Errors errors, Locale locale) {
        Map<String, List<String>> byField = new LinkedHashMap<>();
        for (InvalidField field : invalidFields(errors, locale)) {
            byField.computeIfAbsent(field.field(), name -> new java.util.ArrayList<>()).add(field.detail());
        }
        return byField;
    }

    public String text(String code, Locale locale, Object... arguments) {
        return messages.getMessage(code, arguments, locale);
    }
}

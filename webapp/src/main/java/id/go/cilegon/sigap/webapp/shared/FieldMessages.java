package id.go.cilegon.sigap.webapp.shared;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;

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

    /**
     * Field name → messages for re-rendering a page, in the order the fields appear on the form (the order of
     * the form record's components), so the error summary reads top to bottom like the page.
     */
    public Map<String, List<String>> byField(Errors errors, Locale locale) {
        List<String> formOrder = errors instanceof BindingResult binding && binding.getTarget() instanceof Record form
                ? Arrays.stream(form.getClass().getRecordComponents()).map(RecordComponent::getName).toList()
                : List.of();
        Map<String, List<String>> byField = new LinkedHashMap<>();
        invalidFields(errors, locale).stream()
                .sorted(Comparator.comparingInt(field -> formOrder.indexOf(field.field())))
                .forEach(field -> byField.computeIfAbsent(field.field(), name -> new ArrayList<>()).add(field.detail()));
        return byField;
    }

    /**
     * Adds a refusal of {@code field} with the message {@code code}, resolved like a constraint's. Works for fields a
     * form record does not have (an upload) and never reads the field's value.
     */
    public static void reject(BindingResult errors, String field, String code, Object... arguments) {
        errors.addError(new FieldError(errors.getObjectName(), field, null, false,
                errors.resolveMessageCodes(code, field), arguments, null));
    }

    public String text(String code, Locale locale, Object... arguments) {
        return messages.getMessage(code, arguments, locale);
    }
}

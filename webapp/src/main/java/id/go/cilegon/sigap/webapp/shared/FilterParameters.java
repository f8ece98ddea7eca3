package id.go.cilegon.sigap.webapp.shared;

import java.util.Arrays;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** Pages' filter parameters: blank means "all", and an unknown choice is a 400, not an empty page. */
public final class FilterParameters {

    private FilterParameters() {
    }

    /** The constant named {@code text}, {@code null} when blank; a 400 naming {@code parameter} when unknown. */
    public static <E extends Enum<E>> E choice(Class<E> values, String text, String parameter) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return Arrays.stream(values.getEnumConstants()).filter(value -> value.name().equals(text)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, parameter));
    }

    /**
     * A case number typed into a search field, as numbers are written ({@code PPID/2026/000123}): stripped and in
     * capitals, {@code null} when blank; at most 40 characters are looked at.
     */
    public static String number(String text) {
        String stripped = text(text);
        return stripped == null ? null
                : stripped.substring(0, Math.min(40, stripped.length())).toUpperCase(Locale.ROOT);
    }

    /** The value stripped, {@code null} when blank. */
    public static String text(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

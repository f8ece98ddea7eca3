package id.go.cilegon.sigap.webapp.shared;

import java.util.Arrays;
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

    /** The value stripped, {@code null} when blank. */
    public static String text(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

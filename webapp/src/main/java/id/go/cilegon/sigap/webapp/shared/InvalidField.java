package id.go.cilegon.sigap.webapp.shared;

/**
 * One refused field in a problem-details response: {@code field} as named in the form and the JSON body,
 * {@code pointer} as a JSON Pointer (RFC 6901) into the body, {@code detail} in the reader's language.
 */
public record InvalidField(String field, String pointer, String detail) {

    public static InvalidField of(String field, String detail) {
        return new InvalidField(field, "#/" + field, detail);
    }
}

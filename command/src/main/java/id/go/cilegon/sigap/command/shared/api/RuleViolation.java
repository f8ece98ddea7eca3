package id.go.cilegon.sigap.command.shared.api;

/**
 * A command refused by a business rule. The {@code code} is stable and dotted
 * ({@code information-request.extension-after-due-date}); the web layer turns it into an RFC 9457
 * problem type, and the message bundle holds the text a citizen or officer reads.
 */
public class RuleViolation extends RuntimeException {

    private final String code;

    public RuleViolation(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}

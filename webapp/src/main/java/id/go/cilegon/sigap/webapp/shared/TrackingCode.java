package id.go.cilegon.sigap.webapp.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The citizen's key to a case: 20 characters of Crockford base32, i.e. 100 random bits, shown in groups of four
 * ({@code 7KQ2-M9XD-…}). Sigap stores only its SHA-256, so a copy of the database does not open anyone's case.
 * Reading is forgiving the way Crockford intends: case, dashes and spaces are ignored, O reads as 0, I and L as 1.
 */
public record TrackingCode(String value) {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int LENGTH = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    public static TrackingCode generate() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return new TrackingCode(code.toString());
    }

    /** The code as typed or linked, if it can be a tracking code at all. */
    public static Optional<TrackingCode> parse(String typed) {
        if (typed == null || typed.length() > 64) {
            return Optional.empty();
        }
        StringBuilder code = new StringBuilder(LENGTH);
        for (char c : typed.toUpperCase(java.util.Locale.ROOT).toCharArray()) {
            if (c == '-' || c == ' ') {
                continue;
            }
            char normal = switch (c) {
                case 'O' -> '0';
                case 'I', 'L' -> '1';
                default -> c;
            };
            if (ALPHABET.indexOf(normal) < 0) {
                return Optional.empty();
            }
            code.append(normal);
        }
        return code.length() == LENGTH ? Optional.of(new TrackingCode(code.toString())) : Optional.empty();
    }

    public String hash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** Grouped for reading aloud or copying by hand. */
    public String display() {
        return String.join("-", value.substring(0, 4), value.substring(4, 8), value.substring(8, 12),
                value.substring(12, 16), value.substring(16, 20));
    }
}

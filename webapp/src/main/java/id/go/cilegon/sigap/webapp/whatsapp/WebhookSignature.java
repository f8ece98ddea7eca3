package id.go.cilegon.sigap.webapp.whatsapp;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Meta's {@code X-Hub-Signature-256}: {@code sha256=} and the hex HMAC-SHA256 of the exact bytes received, keyed
 * with the app secret. Checked over the raw body before anything parses it (a re-encoded body would not match), and
 * compared in constant time. During a rotation either of two secrets is accepted.
 */
public final class WebhookSignature {

    public static final String HEADER = "X-Hub-Signature-256";
    private static final String PREFIX = "sha256=";
    private static final int HEX_LENGTH = 64;

    private WebhookSignature() {
    }

    public static boolean valid(byte[] body, String header, List<String> secrets) {
        if (header == null || !header.startsWith(PREFIX) || header.length() != PREFIX.length() + HEX_LENGTH) {
            return false;
        }
        byte[] given;
        try {
            given = HexFormat.of().parseHex(header.substring(PREFIX.length()));
        } catch (IllegalArgumentException notHex) {
            return false;
        }
        boolean valid = false;
        for (String secret : secrets) {
            valid |= MessageDigest.isEqual(hmac(body, secret), given);
        }
        return valid;
    }

    /** The header value Meta would send for {@code body}: used by the stand-in server and the tests. */
    public static String sign(byte[] body, String secret) {
        return PREFIX + HexFormat.of().formatHex(hmac(body, secret));
    }

    private static byte[] hmac(byte[] body, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has HmacSHA256", e);
        }
    }
}

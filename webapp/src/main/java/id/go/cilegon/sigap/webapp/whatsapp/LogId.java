package id.go.cilegon.sigap.webapp.whatsapp;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What a log line may say about a message: Meta's message ids carry the citizen's number (base64), and some outbox
 * keys carry the contact key, so logs show the first 12 hex digits of their SHA-256 instead, enough to find the
 * document and nothing more.
 */
final class LogId {

    private LogId() {
    }

    static String of(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}

package id.go.cilegon.sigap.infra.personaldata;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Finds a person by NIK, phone or e-mail without storing any of them: the index holds HMAC-SHA256 of the normalised
 * value under a key derived from the {@link MasterKey}, never the value (ADR 0003, "blind index"). Someone with the
 * database alone cannot reverse it; someone with the master key could test guesses, which is why it is derived
 * from the key that already opens everything. The rate limits count a client's requests by the same means, without
 * its network address (ADR 0038).
 */
public final class BlindIndex {

    /** What a value is; two kinds with the same digits (a NIK and a phone) never meet in the index. */
    public enum Kind {
        NIK,
        TELEPON,
        SUREL,
        /** A client's network address, as Java writes it. */
        ALAMAT_IP,
        /** A name typed at the officers' login, in lower case: the login's rate limit counts per name (ADR 0039). */
        NAMA_PENGGUNA
    }

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    BlindIndex(byte[] key) {
        this.key = new SecretKeySpec(key.clone(), ALGORITHM);
    }

    /** The index key of the master key: HMAC(master, label), so it changes when the master key does. */
    public static BlindIndex derivedFrom(MasterKey master) {
        return new BlindIndex(hmac(new SecretKeySpec(master.secretKey().getEncoded(), ALGORITHM),
                "sigap/blind-index/v1"));
    }

    /**
     * The index entry of a value, or {@code null} when nothing is left of it after normalising: digits only for a NIK
     * and a phone (a leading 0 or 62 of an Indonesian number read alike), trimmed lower case for an e-mail.
     */
    public String of(Kind kind, String value) {
        String normal = normalise(kind, value);
        return normal == null ? null : kind.name() + ":" + HexFormat.of().formatHex(hmac(key, kind + ":" + normal));
    }

    static String normalise(Kind kind, String value) {
        if (value == null) {
            return null;
        }
        String normal;
        switch (kind) {
            case SUREL, NAMA_PENGGUNA -> normal = value.strip().toLowerCase(Locale.ROOT);
            case ALAMAT_IP -> normal = value.strip();
            case TELEPON -> {
                String digits = value.replaceAll("\\D", "");
                normal = digits.startsWith("62") ? digits.substring(2)
                        : digits.startsWith("0") ? digits.substring(1) : digits;
            }
            default -> normal = value.replaceAll("\\D", "");
        }
        return normal.isEmpty() ? null : normal;
    }

    private static byte[] hmac(SecretKeySpec key, String text) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}

package id.go.cilegon.sigap.infra.personaldata;

import id.go.cilegon.sigap.command.shared.api.personaldata.DataSubjectId;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-256-GCM for personal data and for wrapping data keys. The output is {@code base64(iv ‖ ciphertext+tag)}
 * with a fresh 96-bit random IV per call and a 128-bit tag. The data subject's id (or, for a secret of Sigap's own,
 * its owner's name) is the additional authenticated data, so a sealed value (or a wrapped key) moved to another
 * subject's record fails to open instead of decrypting under the wrong name.
 */
public final class PersonalDataCipher {

    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecureRandom random = new SecureRandom();

    public String seal(SecretKey key, DataSubjectId subject, byte[] plaintext) {
        return seal(key, subject.value(), plaintext);
    }

    /** Seals with {@code context} as the additional authenticated data: it must be given again to open. */
    String seal(SecretKey key, String context, byte[] plaintext) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, key, context, iv);
            byte[] ciphertext = cipher.doFinal(plaintext);
            return Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(iv.length + ciphertext.length).put(iv).put(ciphertext).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    /**
     * @throws PersonalDataCryptoException if {@code sealed} is malformed, was altered, belongs to another subject
     *                                     or was sealed with another key
     */
    public byte[] open(SecretKey key, DataSubjectId subject, String sealed) {
        return open(key, subject.value(), sealed);
    }

    /** Opens what {@link #seal(SecretKey, String, byte[])} sealed for the same {@code context}. */
    byte[] open(SecretKey key, String context, String sealed) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(sealed);
        } catch (IllegalArgumentException e) {
            throw new PersonalDataCryptoException("Sealed data of " + context + " is not base64", e);
        }
        if (bytes.length < IV_BYTES + TAG_BITS / 8) {
            throw new PersonalDataCryptoException("Sealed data of " + context + " is truncated", null);
        }
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, key, context, Arrays.copyOf(bytes, IV_BYTES));
            return cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES);
        } catch (AEADBadTagException e) {
            throw new PersonalDataCryptoException("Sealed data of " + context
                    + " failed authentication: it was altered, or sealed with another key or for another owner", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM decryption failed", e);
        }
    }

    private static Cipher cipher(int mode, SecretKey key, String context, byte[] iv)
            throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance(TRANSFORMATION);
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }
}

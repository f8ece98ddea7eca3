package id.go.cilegon.sigap.infra.personaldata;

/**
 * Sealed personal data or a wrapped key failed authentication: it was altered, or it was sealed with another key
 * (for a wrapped data key: another master key). Unchecked, because no caller can repair it; it must stop the
 * read rather than let altered or undecryptable bytes pass as data — or as an erasure.
 */
public class PersonalDataCryptoException extends RuntimeException {

    public PersonalDataCryptoException(String message, Throwable cause) {
        super(message, cause);
    }
}

package id.go.cilegon.sigap.infra.personaldata;

import javax.crypto.SecretKey;

/**
 * Seals a secret of Sigap's own, one that is not a data subject's personal data, for one purpose: an officer's TOTP
 * secret. The key is derived from the {@link MasterKey} for that purpose and never stored, so a copy of the database
 * without the master key reveals nothing; the owner's name is the additional authenticated data, so a sealed secret
 * copied onto another owner's record does not open. Unlike a data subject's key it cannot be forgotten one owner at
 * a time: the secret itself is deleted instead.
 */
public final class SecretSealer {

    private final PersonalDataCipher cipher = new PersonalDataCipher();
    private final SecretKey key;
    private final String purpose;

    public SecretSealer(MasterKey masterKey, String purpose) {
        this.key = masterKey.derive(purpose);
        this.purpose = purpose;
    }

    public String seal(String owner, byte[] secret) {
        return cipher.seal(key, context(owner), secret);
    }

    /**
     * @throws PersonalDataCryptoException if {@code sealed} was altered, belongs to another owner or purpose, or was
     *                                     sealed under another master key
     */
    public byte[] open(String owner, String sealed) {
        return cipher.open(key, context(owner), sealed);
    }

    private String context(String owner) {
        return purpose + ":" + owner;
    }

    @Override
    public String toString() {
        return "SecretSealer[" + purpose + "]";
    }
}

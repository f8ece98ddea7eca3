package id.go.cilegon.sigap.infra.personaldata;

import id.go.cilegon.sigap.command.shared.api.personaldata.DataSubjectId;
import java.util.Optional;

/**
 * A change of the personal-data master key (ADR 0036): what the current key sealed, sealed again under the next one.
 * Each value is first tried with the next key, so a change that stopped half-way is simply run again: what moved
 * already is left alone. A value neither key opens is refused, never overwritten.
 */
public final class MasterKeyChange {

    private final PersonalDataCipher cipher = new PersonalDataCipher();
    private final MasterKey current;
    private final MasterKey next;

    /** @throws IllegalArgumentException if the two keys are the same key */
    public MasterKeyChange(MasterKey current, MasterKey next) {
        if (current.sameAs(next)) {
            throw new IllegalArgumentException("The new personal-data master key is the current one");
        }
        this.current = current;
        this.next = next;
    }

    public MasterKey next() {
        return next;
    }

    /**
     * A data subject's key wrapped with the next master key, or empty when {@code wrapped} already is.
     *
     * @throws PersonalDataCryptoException if neither key opens it (altered, or wrapped with a third key)
     */
    public Optional<String> rewrappedKey(DataSubjectId subject, String wrapped) {
        try {
            cipher.open(next.secretKey(), subject, wrapped);
            return Optional.empty();
        } catch (PersonalDataCryptoException notYet) {
            byte[] key = cipher.open(current.secretKey(), subject, wrapped);
            return Optional.of(cipher.seal(next.secretKey(), subject, key));
        }
    }

    /**
     * A secret of Sigap's own ({@link SecretSealer}, for {@code purpose} and {@code owner}) sealed under the next
     * master key, or empty when {@code sealed} already is.
     *
     * @throws PersonalDataCryptoException if neither key opens it
     */
    public Optional<String> resealedSecret(String purpose, String owner, String sealed) {
        SecretSealer after = new SecretSealer(next, purpose);
        try {
            after.open(owner, sealed);
            return Optional.empty();
        } catch (PersonalDataCryptoException notYet) {
            return Optional.of(after.seal(owner, new SecretSealer(current, purpose).open(owner, sealed)));
        }
    }

    @Override
    public String toString() {
        return "MasterKeyChange[redacted]";
    }
}

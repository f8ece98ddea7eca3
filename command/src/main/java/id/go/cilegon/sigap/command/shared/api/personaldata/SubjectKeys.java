package id.go.cilegon.sigap.command.shared.api.personaldata;

/**
 * The data subjects' keys, as far as the domain needs them: an erasure deletes them. The infrastructure keeps them
 * ({@code SubjectKeyStore}); see {@code docs/adr/0003-personal-data-crypto-shredding.md}.
 */
public interface SubjectKeys {

    /** Deletes the subject's key, so everything sealed with it reads as erased from now on. Idempotent. */
    void forget(DataSubjectId subject);
}

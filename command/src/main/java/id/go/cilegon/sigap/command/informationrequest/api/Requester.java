package id.go.cilegon.sigap.command.informationrequest.api;

/**
 * The <i>pemohon informasi</i> as the Perki request form records them. Only ever stored inside
 * {@link id.go.cilegon.sigap.command.shared.api.personaldata.PersonalData}, so it is encrypted in every event.
 *
 * @param identityKind   NIK for a person, or the ratification decree of a legal entity
 * @param identityNumber the 16-digit NIK or the decree number
 * @param phone          phone and/or e-mail: at least one of the two
 */
public record Requester(
        String name,
        IdentityKind identityKind,
        String identityNumber,
        String address,
        String phone,
        String email,
        String occupation) {

    public enum IdentityKind {
        NIK,
        BADAN_HUKUM
    }
}

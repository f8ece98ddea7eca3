package id.go.cilegon.sigap.command.informationrequest.api;

/**
 * A <i>kuasa</i>: the person who acts for the requester under a special power of attorney, as the Perki request
 * and objection forms record them. Only ever stored inside
 * {@link id.go.cilegon.sigap.command.shared.api.personaldata.PersonalData}, under the proxy's own data subject, so
 * the proxy can be erased independently of the requester.
 *
 * @param nik             the proxy's 16-digit NIK
 * @param phone           phone and/or e-mail: at least one of the two
 * @param powerOfAttorney the <i>surat kuasa khusus</i> the officer saw, by number and date
 */
public record Proxy(
        String name,
        String nik,
        String address,
        String phone,
        String email,
        String powerOfAttorney) {
}

package id.go.cilegon.sigap.command.complaint.api;

/**
 * The person who complains. Only ever stored inside
 * {@link id.go.cilegon.sigap.command.shared.api.personaldata.PersonalData}, so it is encrypted in every event; an
 * anonymous complaint has none at all.
 *
 * @param nik      the 16-digit NIK, or {@code null} when not given
 * @param phone    phone or WhatsApp number, or {@code null}
 * @param email    e-mail address, or {@code null}
 * @param address  postal address, or {@code null}
 */
public record Complainant(String name, String nik, String phone, String email, String address) {
}

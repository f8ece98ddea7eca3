package id.go.cilegon.sigap.command.informationrequest.api;

/**
 * Who received the information, as the <i>tanda bukti penyerahan</i> names them. Only ever stored inside
 * {@link id.go.cilegon.sigap.command.shared.api.personaldata.PersonalData}: it is a person's name.
 *
 * @param name         as written or signed on the receipt; for e-mail, the address it was sent to
 * @param relationship how the recipient stands to the request, e.g. {@code pemohon}, {@code kuasa}, {@code kurir}
 */
public record Recipient(String name, String relationship) {
}

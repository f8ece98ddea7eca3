package id.go.cilegon.sigap.command.informationrequest.api;

/**
 * Material blacked out (<i>dihitamkan</i>) or blurred in a document that is otherwise given, with the reason, as
 * UU KIP Pasal 22(7)(e) requires the notice to say.
 *
 * @param material what is blacked out, e.g. "NIK dan alamat penerima pada lampiran 2"
 * @param ground   the Pasal 17 exemption that covers it
 * @param reason   why, in words the requester can follow
 */
public record Redaction(String material, ExemptionGround ground, String reason) {
}

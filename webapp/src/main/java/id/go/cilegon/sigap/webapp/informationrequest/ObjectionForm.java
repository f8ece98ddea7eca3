package id.go.cilegon.sigap.webapp.informationrequest;

import id.go.cilegon.sigap.command.informationrequest.api.ObjectionGround;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The <i>formulir keberatan</i> as the requester files it with their tracking code (UU KIP Pasal 35–36): the
 * ground, by its Pasal 35(1) letter, and the <i>kasus posisi</i>. A kuasa is not offered on the web: a keberatan by
 * proxy needs the power of attorney, so it is filed at the desk. Every field is text: a ground that is not one of
 * Pasal 35's is a validation error naming the field, never a binding failure; whether a real ground has arisen in
 * this case is the aggregate's rule.
 */
record ObjectionForm(
        @NotBlank @Pattern(regexp = "|A_PENOLAKAN_PASAL_17|B_INFORMASI_BERKALA_TIDAK_DISEDIAKAN|C_TIDAK_DITANGGAPI"
                + "|D_TIDAK_SEBAGAIMANA_DIMINTA|E_TIDAK_DIPENUHI|F_BIAYA_TIDAK_WAJAR|G_MELEBIHI_JANGKA_WAKTU")
        String alasanKeberatan,
        @NotBlank @Size(max = ObjectionForm.CASE_SUMMARY_MAX) String kasusPosisi) {

    static final int CASE_SUMMARY_MAX = 4000;

    static ObjectionForm empty() {
        return new ObjectionForm("", "");
    }

    ObjectionGround ground() {
        return ObjectionGround.valueOf(alasanKeberatan);
    }
}

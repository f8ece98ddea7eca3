package id.go.cilegon.sigap.command.informationrequest.api;

/**
 * The grounds for a <i>keberatan</i> to the Atasan PPID, UU KIP Pasal 35(1) letters a–g; the letter starts each
 * name because the register keberatan cites it. A ground "arises" on a date, and the requester has 30 hari kerja
 * from it to object (Pasal 36(1)); the aggregate decides from the case file whether and when each ground arose.
 */
public enum ObjectionGround {
    /** (a) The request was refused on a Pasal 17 exemption. Arises with a refusal or partial grant on exemption. */
    A_PENOLAKAN_PASAL_17,
    /** (b) Periodic information (Pasal 9) was not provided. Arises with a notice that does not grant in full. */
    B_INFORMASI_BERKALA_TIDAK_DISEDIAKAN,
    /** (c) The request was not responded to. Arises on the due date when no notice was sent by then. */
    C_TIDAK_DITANGGAPI,
    /**
     * (d) The request was answered, but not as asked. Arises with the notice, or later with the delivery, since
     * that is when the requester sees the answer.
     */
    D_TIDAK_SEBAGAIMANA_DIMINTA,
    /** (e) The request was not fulfilled. Arises with a notice that does not grant in full. */
    E_TIDAK_DIPENUHI,
    /** (f) Unreasonable charges were imposed. Arises with a notice that charges something. */
    F_BIAYA_TIDAK_WAJAR,
    /** (g) The information was given later than the law allows. Arises on the due date of a notice sent late. */
    G_MELEBIHI_JANGKA_WAKTU;

    /** Pasal 35(2): grounds b–g may be settled by agreement (<i>musyawarah</i>); a Pasal 17 refusal may not. */
    public boolean settleableByAgreement() {
        return this != A_PENOLAKAN_PASAL_17;
    }

    /**
     * An upheld objection on this ground means the information must now be given: the refusal (a), the missing
     * periodic information (b), the wrong answer (d) or the unfulfilled request (e) is overturned. Upholding (c)
     * obliges a notice, and (f) or (g) a remedy, but neither by itself releases information.
     */
    public boolean upheldReleasesInformation() {
        return this == A_PENOLAKAN_PASAL_17 || this == B_INFORMASI_BERKALA_TIDAK_DISEDIAKAN
                || this == D_TIDAK_SEBAGAIMANA_DIMINTA || this == E_TIDAK_DIPENUHI;
    }
}

package id.go.cilegon.sigap.command.mediaissue.api;

/** The kinds of response the agency drafts (domain brief §4). */
public enum ResponseKind {
    SIARAN_PERS,
    KLARIFIKASI,
    /** A letter to the outlet under UU 40/1999 Pasal 5(2). */
    HAK_JAWAB,
    /** A briefing note for the Wali Kota; delivered, not published. */
    NOTA_BRIEFING
}

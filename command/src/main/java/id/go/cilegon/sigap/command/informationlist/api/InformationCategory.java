package id.go.cilegon.sigap.command.informationlist.api;

/** The UU KIP category a piece of public information is provided under. */
public enum InformationCategory {
    /** Pasal 9: provided and announced periodically, at least every six months. */
    BERKALA,
    /** Pasal 10: announced at once, because it concerns the lives of many or public order. */
    SERTA_MERTA,
    /** Pasal 11: available at any time, on request. */
    SETIAP_SAAT
}

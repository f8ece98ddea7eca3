package id.go.cilegon.sigap.command.personaldata.api;

/** Why personal data is exported or erased. */
public enum RequestBasis {
    /** The person asked, under UU 27/2022 (Pasal 7 access, Pasal 8 erasure), and the admin recorded the request. */
    PERMINTAAN_SUBJEK,
    /** The case ended longer ago than the retention period of its kind. */
    RETENSI
}

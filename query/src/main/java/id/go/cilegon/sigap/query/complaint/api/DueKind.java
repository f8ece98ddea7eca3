package id.go.cilegon.sigap.query.complaint.api;

/** Which clock of a complaint a due date belongs to. */
public enum DueKind {
    VERIFIKASI,
    TINDAK_LANJUT,
    UMPAN_BALIK
}

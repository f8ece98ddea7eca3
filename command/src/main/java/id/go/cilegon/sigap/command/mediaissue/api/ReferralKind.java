package id.go.cilegon.sigap.command.mediaissue.api;

/** Where a media issue can be turned into another kind of case. */
public enum ReferralKind {
    /** It is a service complaint: registered as an anonymous pengaduan. */
    PENGADUAN,
    /** A journalist asks for documents: registered as a permohonan under UU KIP. */
    PERMOHONAN
}

package id.go.cilegon.sigap.command.complaint.api;

/** Why a verifier does not process a complaint. A duplicate is merged instead ({@link MergeComplaint}). */
public enum RejectionReason {
    /** Not a complaint: too general, no service concerned, or not processable (LAPOR! "arsipkan"). */
    BUKAN_PENGADUAN,
    /** Not the city's authority: the body that is (PLN, BPJS, Provinsi Banten…) is named. */
    BUKAN_WEWENANG
}

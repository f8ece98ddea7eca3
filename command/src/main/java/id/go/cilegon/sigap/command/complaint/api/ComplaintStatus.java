package id.go.cilegon.sigap.command.complaint.api;

/**
 * Where a complaint stands (domain brief §3.4). Missing a deadline is not a status: the breach is recorded beside
 * it ({@link VerificationDeadlineMissed}, {@link FollowUpDeadlineMissed}).
 */
public enum ComplaintStatus {
    /** Received and numbered; the 3 hari kerja verification clock runs. */
    DITERIMA,
    /** The verifier asked the complainant for more; the verification clock is stopped until the answer. */
    DITUNDA,
    /** Verified as a complaint for the city; waits to be sent to a unit. */
    TERVERIFIKASI,
    /** Sent to one or more units; none has accepted yet. */
    DIDISPOSISI,
    /** At least one unit accepted it and is following it up. */
    DITINDAKLANJUTI,
    /** The answer went to the complainant; their verdict is awaited. */
    DITANGGAPI,
    /** Closed after the complainant's verdict. */
    SELESAI,
    /** Closed because the complainant gave no verdict in time. */
    SELESAI_TANPA_UMPAN_BALIK,
    /** Not processed: not a complaint, or not the city's authority. */
    DITOLAK,
    /** A duplicate, merged into an earlier complaint that carries on for both. */
    DIGABUNG,
    /** It was a request for public information; a permohonan was registered in its place. */
    DIALIHKAN_KE_PPID;

    /** Nothing more happens to the complaint itself. */
    public boolean isFinal() {
        return switch (this) {
            case SELESAI, SELESAI_TANPA_UMPAN_BALIK, DITOLAK, DIGABUNG, DIALIHKAN_KE_PPID -> true;
            default -> false;
        };
    }

    /** The verifier still has it: nothing was decided about what kind of case it is. */
    public boolean inVerification() {
        return this == DITERIMA || this == DITUNDA;
    }
}

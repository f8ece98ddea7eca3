package id.go.cilegon.sigap.command.mediaissue.api;

/** How fast the city must respond; each has its own response clock in {@link MediaIssuePolicy}. */
public enum IssueUrgency {
    RENDAH,
    SEDANG,
    TINGGI,
    /** A crisis: the supervisors are told at once. */
    KRISIS
}

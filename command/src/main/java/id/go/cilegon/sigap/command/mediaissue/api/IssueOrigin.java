package id.go.cilegon.sigap.command.mediaissue.api;

/** How the issue reached Sigap. */
public enum IssueOrigin {
    /** Logged by a monitoring officer. */
    PETUGAS,
    /** One row of a CSV file an officer uploaded (from a monitoring tool's export). */
    IMPOR_CSV,
    /** An item of a monitored RSS or Atom feed. */
    UMPAN_BERITA,
    /** Opened from a spike alert of the opinion monitor; the issue's {@code feed} is the alert's id. */
    PEMANTAU_OPINI
}

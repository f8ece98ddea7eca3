package id.go.cilegon.sigap.query.complaint.api;

/**
 * Every running clock of every open complaint, for the deadline watch: answered with {@link OpenClock}s, one per
 * clock not yet met and not yet recorded as missed.
 */
public record ListOpenClocks() {
}

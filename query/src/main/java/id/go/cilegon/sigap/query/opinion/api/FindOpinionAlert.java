package id.go.cilegon.sigap.query.opinion.api;

/** One alert by its id. */
public record FindOpinionAlert(String alertId) {
}

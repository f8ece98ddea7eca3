package id.go.cilegon.sigap.query.opinion.api;

/** The text of one case. */
public record FindOpinionSignal(String caseId) {
}

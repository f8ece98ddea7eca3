package id.go.cilegon.sigap.query.informationrequest.api;

/** The officers' queue: every request still open, the nearest due date first. */
public record ListOpenRequests() {
}

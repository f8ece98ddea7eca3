package id.go.cilegon.sigap.query.handling.api;

/** Every case that has a handler or waits for the Atasan PPID, open or not. */
public record ListCaseHandlers() {
}

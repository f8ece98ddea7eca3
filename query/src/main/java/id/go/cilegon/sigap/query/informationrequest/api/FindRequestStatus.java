package id.go.cilegon.sigap.query.informationrequest.api;

/** The public status of one request, found by the SHA-256 of its tracking code. */
public record FindRequestStatus(String trackingCodeHash) {
}

package id.go.cilegon.sigap.query.complaint.api;

/**
 * The complaint whose tracking code hashes to {@code trackingCodeHash}; answered with {@link ComplaintFile} or
 * nothing. A merged duplicate answers with its own file (status DIGABUNG), which names the original.
 */
public record FindComplaintByTrackingCode(String trackingCodeHash) {
}

package id.go.cilegon.sigap.webapp.complaint.attachment;

/**
 * A file as it arrived: the name the citizen's device gave it and its bytes. What the upload claimed its type to be
 * is not kept, because nothing trusts it.
 */
public record Upload(String fileName, byte[] bytes) {
}

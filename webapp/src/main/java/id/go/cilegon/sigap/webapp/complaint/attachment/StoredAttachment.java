package id.go.cilegon.sigap.webapp.complaint.attachment;

/** A stored attachment read back: its cleaned bytes, the type detected at upload, and the name to show. */
public record StoredAttachment(String fileName, String contentType, byte[] bytes) {
}

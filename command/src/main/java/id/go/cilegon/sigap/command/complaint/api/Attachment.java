package id.go.cilegon.sigap.command.complaint.api;

/**
 * A photo or PDF the citizen sent with the complaint, stored apart from the events (GridFS) after its type was
 * checked by content and an image's EXIF metadata removed.
 *
 * @param id          the stored file's id
 * @param fileName    the name the citizen's device gave it, for display only
 * @param contentType the type detected from the content, never the one the upload claimed
 * @param size        bytes as stored
 */
public record Attachment(String id, String fileName, String contentType, long size) {
}

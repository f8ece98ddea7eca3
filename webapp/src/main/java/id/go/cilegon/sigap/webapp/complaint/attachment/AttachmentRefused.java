package id.go.cilegon.sigap.webapp.complaint.attachment;

/**
 * An upload Sigap will not keep, with the message code the pages and the API show (argument 0 is the file's name).
 * Nothing of the upload it refused, or of the uploads that came with it, is stored.
 */
public final class AttachmentRefused extends RuntimeException {

    public static final String EMPTY = "attachment.empty";
    public static final String TOO_LARGE = "attachment.too-large";
    public static final String TOO_MANY = "attachment.too-many";
    public static final String TYPE_NOT_ALLOWED = "attachment.type-not-allowed";

    private final String code;
    private final String fileName;

    private AttachmentRefused(String code, String fileName) {
        super(code + ": " + fileName, null, false, false);
        this.code = code;
        this.fileName = fileName;
    }

    public static AttachmentRefused empty(String fileName) {
        return new AttachmentRefused(EMPTY, fileName);
    }

    public static AttachmentRefused tooLarge(String fileName) {
        return new AttachmentRefused(TOO_LARGE, fileName);
    }

    public static AttachmentRefused tooMany(String fileName) {
        return new AttachmentRefused(TOO_MANY, fileName);
    }

    public static AttachmentRefused typeNotAllowed(String fileName) {
        return new AttachmentRefused(TYPE_NOT_ALLOWED, fileName);
    }

    public String code() {
        return code;
    }

    public String fileName() {
        return fileName;
    }

    /** Refused for its size: the HTTP answer is 413, not 400. */
    public boolean tooLarge() {
        return TOO_LARGE.equals(code);
    }
}

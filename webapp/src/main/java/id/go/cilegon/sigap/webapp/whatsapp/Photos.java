package id.go.cilegon.sigap.webapp.whatsapp;

import id.go.cilegon.sigap.command.complaint.api.Attachment;
import id.go.cilegon.sigap.webapp.complaint.attachment.AttachmentRefused;
import id.go.cilegon.sigap.webapp.complaint.attachment.AttachmentStore;
import id.go.cilegon.sigap.webapp.complaint.attachment.Upload;
import id.go.cilegon.sigap.webapp.shared.Causes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.stereotype.Component;

/**
 * A photo or document the citizen sent, fetched through the media API at once (Meta's download links live minutes),
 * checked against the SHA-256 Meta gave (hex or base64, both are seen), and then stored exactly like a web upload:
 * typed by its content, at most 5 MB, EXIF removed, in GridFS, unassigned until the complaint is registered.
 */
@Component
class Photos {

    private static final Logger log = LoggerFactory.getLogger(Photos.class);

    /** Either the stored file, or the attachment message code and the file name it names. */
    record Result(Attachment attachment, String refusal, String fileName) {
    }

    private final CloudApi api;
    private final AttachmentStore store;

    Photos(CloudApi api, AttachmentStore store) {
        this.api = api;
        this.store = store;
    }

    Result fetch(InboundMessage.Media media, int number) {
        String fileName = media.fileName() != null ? media.fileName() : "whatsapp-" + number + extension(media);
        try {
            CloudApi.Media found = api.media(media.id()).block();
            if (found.size() > AttachmentStore.MAX_BYTES) {
                return new Result(null, AttachmentRefused.TOO_LARGE, fileName);
            }
            byte[] bytes = api.download(found.url()).block();
            if (!matches(bytes, found.sha256() != null ? found.sha256() : media.sha256())) {
                return new Result(null, "wa.photo.damaged", fileName);
            }
            return new Result(store.store(List.of(new Upload(fileName, bytes))).get(0), null, fileName);
        } catch (AttachmentRefused refused) {
            return new Result(null, refused.code(), fileName);
        } catch (RuntimeException failure) {
            if (Causes.find(failure, DataBufferLimitException.class).isPresent()) {
                return new Result(null, AttachmentRefused.TOO_LARGE, fileName);
            }
            log.warn("A WhatsApp media file could not be fetched: {}", failure.toString());
            return new Result(null, "wa.photo.failed", fileName);
        }
    }

    private static boolean matches(byte[] bytes, String expected) {
        if (expected == null || expected.isBlank()) {
            return true;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return HexFormat.of().formatHex(digest).equalsIgnoreCase(expected)
                    || Base64.getEncoder().encodeToString(digest).equals(expected);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static String extension(InboundMessage.Media media) {
        String type = String.valueOf(media.mimeType());
        return type.contains("png") ? ".png" : type.contains("pdf") ? ".pdf" : ".jpg";
    }
}

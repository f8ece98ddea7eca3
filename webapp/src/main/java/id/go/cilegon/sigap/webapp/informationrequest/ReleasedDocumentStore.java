package id.go.cilegon.sigap.webapp.informationrequest;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import id.go.cilegon.sigap.command.informationrequest.api.ReleasedDocument;
import id.go.cilegon.sigap.webapp.complaint.attachment.AttachmentStore;
import id.go.cilegon.sigap.webapp.complaint.attachment.AttachmentStore.CheckedFile;
import id.go.cilegon.sigap.webapp.complaint.attachment.StoredAttachment;
import id.go.cilegon.sigap.webapp.complaint.attachment.Upload;
import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Date;
import java.util.HexFormat;
import java.util.Optional;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.stereotype.Component;

/**
 * The files of granted information released to requesters, in MongoDB's GridFS (bucket {@value #BUCKET}). They pass
 * the same check as complaint attachments ({@link AttachmentStore#check}: JPEG, PNG or PDF by content, 5 MB, images
 * without their metadata). A file is stored before the request's aggregate is asked to release it and deleted again
 * when the aggregate refuses, so only released files stay; a withdrawn file stays too, out of the requester's reach,
 * as the record of what was released.
 */
@Component
public class ReleasedDocumentStore {

    static final String BUCKET = "released_documents";

    private final GridFSBucket bucket;
    private final Clock clock;

    ReleasedDocumentStore(MongoDatabase database, Clock clock) {
        this.bucket = GridFSBuckets.create(database, BUCKET);
        this.clock = clock;
    }

    /** Checks and stores the file for this request; refuses with {@code AttachmentRefused} and stores nothing. */
    public ReleasedDocument store(String requestId, Upload upload) {
        CheckedFile file = AttachmentStore.check(upload);
        ObjectId id = bucket.uploadFromStream(file.name(), new ByteArrayInputStream(file.bytes()),
                new GridFSUploadOptions().metadata(new Document("contentType", file.contentType())
                        .append("requestId", requestId).append("storedAt", Date.from(clock.instant()))));
        return new ReleasedDocument(id.toHexString(), file.name(), file.contentType(), file.bytes().length,
                sha256(file.bytes()));
    }

    /** The file, if it was stored for this request. */
    Optional<StoredAttachment> open(String requestId, String documentId) {
        return ObjectId.isValid(documentId) ? AttachmentStore.read(bucket,
                new Document("_id", new ObjectId(documentId)).append("metadata.requestId", requestId))
                : Optional.empty();
    }

    /** Removes a file the aggregate refused to release. */
    void delete(String documentId) {
        bucket.delete(new ObjectId(documentId));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}

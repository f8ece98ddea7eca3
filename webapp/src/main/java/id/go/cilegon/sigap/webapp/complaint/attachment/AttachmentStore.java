package id.go.cilegon.sigap.webapp.complaint.attachment;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Updates.set;

import com.mongodb.MongoException;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.model.GridFSFile;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import id.go.cilegon.sigap.command.complaint.api.Attachment;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.tika.Tika;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Complaint attachments in MongoDB's GridFS (bucket {@code complaint_attachments}), which the embedded store serves
 * as well as MongoDB does. A file's type is what Apache Tika reads in its first bytes, never its name or the type
 * the upload claimed; only JPEG, PNG and PDF are kept, up to {@link #MAX_FILES} of {@link #MAX_BYTES} each. Images
 * are re-encoded without their metadata ({@link ImageCleaner}) before they are stored, so nobody ever sees a
 * phone's GPS position; PDFs are kept as they came. Uploads are all checked before any is stored, and stored all or
 * none. A file belongs to no complaint until {@link #assign}; unassigned files older than an hour (a registration
 * that failed between the two steps) are swept away.
 */
@Component
public class AttachmentStore {

    public static final int MAX_FILES = 3;
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    static final String BUCKET = "complaint_attachments";
    static final Duration UNASSIGNED_LIFETIME = Duration.ofHours(1);
    private static final Set<String> ALLOWED = Set.of("image/jpeg", "image/png", "application/pdf");
    private static final Logger log = LoggerFactory.getLogger(AttachmentStore.class);
    private static final Tika TIKA = new Tika();

    private final GridFSBucket bucket;
    private final MongoDatabase database;
    private final Clock clock;

    public AttachmentStore(MongoDatabase database, Clock clock) {
        this.database = database;
        this.bucket = GridFSBuckets.create(database, BUCKET);
        this.clock = clock;
    }

    /** Checks every upload, then stores them all; refuses with {@link AttachmentRefused} and stores nothing. */
    public List<Attachment> store(List<Upload> uploads) {
        if (uploads.size() > MAX_FILES) {
            throw AttachmentRefused.tooMany(uploads.get(MAX_FILES).fileName());
        }
        List<CheckedFile> cleaned = uploads.stream().map(AttachmentStore::check).toList();
        List<Attachment> stored = new ArrayList<>();
        try {
            for (CheckedFile file : cleaned) {
                ObjectId id = bucket.uploadFromStream(file.name(), new ByteArrayInputStream(file.bytes()),
                        new GridFSUploadOptions().metadata(new Document("contentType", file.contentType())
                                .append("storedAt", Date.from(clock.instant()))));
                stored.add(new Attachment(id.toHexString(), file.name(), file.contentType(), file.bytes().length));
            }
        } catch (MongoException e) {
            delete(stored.stream().map(Attachment::id).toList());
            throw e;
        }
        return stored;
    }

    /**
     * An upload as Sigap keeps it, whatever store keeps it: not empty, at most {@link #MAX_BYTES}, a JPEG, PNG or PDF
     * by its content, an image re-encoded without its metadata, and a name fit for a header and a page.
     */
    public static CheckedFile check(Upload upload) {
        if (upload.bytes().length == 0) {
            throw AttachmentRefused.empty(upload.fileName());
        }
        if (upload.bytes().length > MAX_BYTES) {
            throw AttachmentRefused.tooLarge(upload.fileName());
        }
        String type = TIKA.detect(upload.bytes());
        if (!ALLOWED.contains(type)) {
            throw AttachmentRefused.typeNotAllowed(upload.fileName());
        }
        byte[] bytes = type.startsWith("image/") ? ImageCleaner.clean(upload.bytes(), type)
                .orElseThrow(() -> AttachmentRefused.typeNotAllowed(upload.fileName())) : upload.bytes();
        return new CheckedFile(safeName(upload.fileName()), type, bytes);
    }

    /** A file that passed {@link #check}: the name to show, the type read from its content, the bytes to keep. */
    public record CheckedFile(String name, String contentType, byte[] bytes) {
    }

    /** A name fit for a header and a page: letters, digits, dot, dash, underscore and space, at most 100. */
    static String safeName(String name) {
        String base = name == null ? "" : name.replaceAll(".*[/\\\\]", "");
        String safe = base.replaceAll("[^A-Za-z0-9._ -]", "_").strip();
        if (safe.length() > 100) {
            safe = safe.substring(safe.length() - 100);
        }
        return safe.isEmpty() || safe.chars().allMatch(c -> c == '.') ? "lampiran" : safe;
    }

    public Optional<StoredAttachment> open(String id) {
        return ObjectId.isValid(id) ? read(bucket, new Document("_id", new ObjectId(id))) : Optional.empty();
    }

    /** The one file of {@code bucket} that {@code filter} finds, read whole, with the type stored beside it. */
    public static Optional<StoredAttachment> read(GridFSBucket bucket, Document filter) {
        GridFSFile file = bucket.find(filter).first();
        if (file == null) {
            return Optional.empty();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bucket.downloadToStream(file.getObjectId(), bytes);
        return Optional.of(new StoredAttachment(file.getFilename(), file.getMetadata().getString("contentType"),
                bytes.toByteArray()));
    }

    /** Marks the files as the complaint's, so the sweep keeps them. */
    public void assign(Collection<String> ids, String complaintId) {
        if (ids.isEmpty()) {
            return;
        }
        database.getCollection(BUCKET + ".files").updateMany(in("_id", objectIds(ids)),
                set("metadata.complaintId", complaintId));
    }

    public void delete(Collection<String> ids) {
        for (ObjectId id : objectIds(ids)) {
            try {
                bucket.delete(id);
            } catch (MongoException e) {
                log.warn("Could not delete attachment {}; the sweep retries if it is unassigned", id, e);
            }
        }
    }

    /** @return how many unassigned files older than an hour were deleted */
    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT10M")
    public int sweepUnassigned() {
        Date before = Date.from(clock.instant().minus(UNASSIGNED_LIFETIME));
        List<ObjectId> stale = new ArrayList<>();
        bucket.find(and(exists("metadata.complaintId", false), lt("metadata.storedAt", before)))
                .forEach(file -> stale.add(file.getObjectId()));
        stale.forEach(bucket::delete);
        return stale.size();
    }

    /**
     * The file as an HTTP answer: its detected type, {@code nosniff}, a sandboxing content security policy, shown
     * inline if it is an image and downloaded if it is a PDF.
     */
    public static ResponseEntity<byte[]> response(StoredAttachment file) {
        ContentDisposition disposition = (file.contentType().startsWith("image/") ? ContentDisposition.inline()
                : ContentDisposition.attachment()).filename(file.fileName(), StandardCharsets.UTF_8).build();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox; default-src 'none'")
                .body(file.bytes());
    }

    private static List<ObjectId> objectIds(Collection<String> ids) {
        return ids.stream().filter(ObjectId::isValid).map(ObjectId::new).toList();
    }
}

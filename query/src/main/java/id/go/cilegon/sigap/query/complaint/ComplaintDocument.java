package id.go.cilegon.sigap.query.complaint;

import id.go.cilegon.sigap.query.complaint.api.ComplaintFile;
import org.bson.codecs.pojo.annotations.BsonId;

/**
 * One complaint as stored: its case file as officers see it, and the hash of its tracking code to find it by. The
 * file's fields are queried directly ({@code file.status}, {@code file.location.kelurahan}, …).
 *
 * @param revision how many times the document was written, {@code null} before the first change: a change of the
 *                 file replaces it only if no other write came in between (an erasure arrives on another segment)
 */
public record ComplaintDocument(@BsonId String id, String trackingCodeHash, ComplaintFile file, Long revision) {

    long nextRevision() {
        return revision == null ? 1 : revision + 1;
    }
}

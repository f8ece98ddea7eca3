package id.go.cilegon.sigap.query.complaint;

import id.go.cilegon.sigap.query.complaint.api.ComplaintFile;
import org.bson.codecs.pojo.annotations.BsonId;

/**
 * One complaint as stored: its case file as officers see it, and the hash of its tracking code to find it by. The
 * file's fields are queried directly ({@code file.status}, {@code file.location.kelurahan}, …).
 */
public record ComplaintDocument(@BsonId String id, String trackingCodeHash, ComplaintFile file) {
}

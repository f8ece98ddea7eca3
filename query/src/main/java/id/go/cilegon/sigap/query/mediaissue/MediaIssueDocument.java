package id.go.cilegon.sigap.query.mediaissue;

import id.go.cilegon.sigap.query.mediaissue.api.MediaIssueFile;
import org.bson.codecs.pojo.annotations.BsonId;

/** One media issue as stored; the file's fields are queried and updated in place ({@code file.status}, …). */
public record MediaIssueDocument(@BsonId String id, MediaIssueFile file) {
}

package id.go.cilegon.sigap.query.informationrequest.notice;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import id.go.cilegon.sigap.query.informationrequest.notice.api.FindNoticeDocument;
import id.go.cilegon.sigap.query.informationrequest.notice.api.NoticeDocument;
import id.go.cilegon.sigap.query.shared.ReadModelCodecs;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;

/** Answers the document pages from the read model {@link NoticeDocumentProjection} keeps. */
public class NoticeDocumentQueries {

    private final MongoCollection<NoticeDocumentEntry> documents;

    public NoticeDocumentQueries(MongoDatabase database) {
        this.documents = database.withCodecRegistry(ReadModelCodecs.REGISTRY)
                .getCollection(NoticeDocumentProjection.COLLECTION, NoticeDocumentEntry.class);
    }

    /** Empty for an unknown request; a request without a notice yet is found with {@code notice == null}. */
    @QueryHandler
    public Optional<NoticeDocument> handle(FindNoticeDocument query) {
        return Optional.ofNullable(documents.find(eq("_id", query.requestId().value())).first())
                .map(NoticeDocumentEntry::toView);
    }
}

package id.go.cilegon.sigap.infra.mongo;

import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.bson.Document;
import java.util.List;

/**
 * What an embedded collection answers a client, copied under the collection's lock. mongo-java-server updates a
 * stored document in place, field by field, under that lock, and answers a query with the stored documents themselves
 * (the in-memory backend's, and the H2 map's cached ones), which it encodes for the wire after the lock is released:
 * a reply could meet an update half-way, and fail to encode (a {@code ConcurrentModificationException}; the client's
 * read fails) or carry some fields from before the update and some from after. An update replaces a stored
 * document's fields and never changes their values, so a copy of the fields is a consistent reply.
 *
 * <p>Both backends' collections ({@link KeyedBackends}, {@link ConsistentH2Backend}) copy what leaves for a client: a
 * find's documents, those its cursor keeps for later batches, and a findAndModify's document. The server's own reads
 * for its updates and removals ({@code handleQuery(query, skip, limit)}) take the stored documents as before.
 */
final class Replies {

    private Replies() {
    }

    static QueryResult copied(QueryResult found) {
        return new QueryResult(copied(found.collectDocuments()), found.getCursorId());
    }

    static List<Document> copied(List<Document> documents) {
        return documents.stream().map(Document::clone).toList();
    }

    /** A findAndModify's answer with its document ({@code value}) copied. */
    static Document withValueCopied(Document answer) {
        if (answer.get("value") instanceof Document value) {
            answer.put("value", value.clone());
        }
        return answer;
    }
}

package id.go.cilegon.sigap.webapp.personaldata;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;

import com.mongodb.WriteConcern;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import id.go.cilegon.sigap.command.personaldata.api.PersonInCase.CaseKind;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Every read of personal data: who, what, when and why (UU 27/2022 Pasal 31, the controller's record of
 * processing). It is written, with a journaled majority, before the data is shown: if it cannot be written, the
 * data is not shown. Kept in {@value #COLLECTION}; {@code _id} starts with the time, so the newest come first.
 * Nothing in it is personal data of the citizen: case ids and numbers, the officer's user name, the reason.
 */
@Component
public class AccessLog {

    static final String COLLECTION = "personal_data_access_log";

    /** What was read. */
    public enum Action {
        /** A case page or the officer API showed the case's people, NIK and phone masked. */
        LIHAT_BERKAS,
        /** An officer revealed the whole NIK, phone and e-mail, giving a reason. */
        BUKA_DATA,
        /** The officers' register (names, addresses, contacts) was shown or downloaded. */
        LIHAT_REGISTER,
        /** A printed notice, receipt or chronology with the requester's name (and, on a letter, address). */
        CETAK_DOKUMEN,
        /** The admin looked up a person for a data subject's request. */
        CARI_SUBJEK,
        /** The admin handed out everything about a person. */
        EKSPOR,
        /** The admin erased a person. */
        HAPUS
    }

    /** One read; {@code caseKind}, {@code caseId} and {@code caseNumber} are {@code null} for a register. */
    public record Entry(String id, Instant at, String officer, Action action, CaseKind caseKind, String caseId,
            String caseNumber, String reason) {
    }

    /** What a supervisor searches by; every part may be {@code null}. */
    public record Search(String officer, String caseNumber, Action action, Instant from, Instant until) {
    }

    private static final int SEARCH_LIMIT = 500;

    private final MongoCollection<Document> log;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    AccessLog(MongoDatabase database, Clock clock) {
        this.log = database.getCollection(COLLECTION).withWriteConcern(WriteConcern.MAJORITY.withJournal(true));
        this.clock = clock;
    }

    /** Records the read; the returned {@link Mono} completes once it is stored. */
    public Mono<Void> record(String officer, Action action, CaseKind kind, String caseId, String caseNumber,
            String reason) {
        return Mono.fromRunnable(() -> {
            Instant at = clock.instant();
            byte[] suffix = new byte[6];
            random.nextBytes(suffix);
            log.insertOne(new Document("_id", String.format("%013d-%s", at.toEpochMilli(),
                    HexFormat.of().formatHex(suffix)))
                    .append("at", Date.from(at))
                    .append("officer", officer)
                    .append("action", action.name())
                    .append("caseKind", kind == null ? null : kind.name())
                    .append("caseId", caseId)
                    .append("caseNumber", caseNumber)
                    .append("reason", reason));
        }).subscribeOn(Schedulers.boundedElastic()).then();
    }

    /** The newest entries first, at most {@value #SEARCH_LIMIT}. */
    public Mono<List<Entry>> search(Search search) {
        return Mono.fromCallable(() -> {
            List<Bson> filters = new ArrayList<>();
            if (search.officer() != null) {
                filters.add(eq("officer", search.officer()));
            }
            if (search.caseNumber() != null) {
                filters.add(eq("caseNumber", search.caseNumber()));
            }
            if (search.action() != null) {
                filters.add(eq("action", search.action().name()));
            }
            if (search.from() != null) {
                filters.add(gte("at", Date.from(search.from())));
            }
            if (search.until() != null) {
                filters.add(lt("at", Date.from(search.until())));
            }
            List<Entry> found = new ArrayList<>();
            log.find(filters.isEmpty() ? new Document() : and(filters)).sort(new Document("_id", -1))
                    .limit(SEARCH_LIMIT).forEach(document -> found.add(entry(document)));
            return found;
        }).subscribeOn(Schedulers.boundedElastic());
    }

    /** Every read of these cases' data, for a data subject's export. */
    List<Entry> ofCases(List<String> caseIds) {
        List<Entry> found = new ArrayList<>();
        log.find(in("caseId", caseIds)).sort(new Document("_id", 1))
                .forEach(document -> found.add(entry(document)));
        return found;
    }

    private static Entry entry(Document document) {
        String kind = document.getString("caseKind");
        return new Entry(document.getString("_id"), document.getDate("at").toInstant(), document.getString("officer"),
                Action.valueOf(document.getString("action")), kind == null ? null : CaseKind.valueOf(kind),
                document.getString("caseId"), document.getString("caseNumber"), document.getString("reason"));
    }
}

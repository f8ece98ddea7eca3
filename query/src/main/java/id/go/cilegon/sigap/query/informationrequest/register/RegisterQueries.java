package id.go.cilegon.sigap.query.informationrequest.register;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.ne;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Projections;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestStatus;
import id.go.cilegon.sigap.query.informationrequest.register.api.ListNoticeTimes;
import id.go.cilegon.sigap.query.informationrequest.register.api.ListObjectionRegister;
import id.go.cilegon.sigap.query.informationrequest.register.api.ListRegisterYears;
import id.go.cilegon.sigap.query.informationrequest.register.api.ListRequestRegister;
import id.go.cilegon.sigap.query.informationrequest.register.api.NoticeTime;
import id.go.cilegon.sigap.query.informationrequest.register.api.ObjectionRegisterEntry;
import id.go.cilegon.sigap.query.informationrequest.register.api.RequestRegisterEntry;
import id.go.cilegon.sigap.query.shared.Listings;
import id.go.cilegon.sigap.query.shared.ReadModelCodecs;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Answers the registers. The public versions are stripped of personal data here, so a public page never holds it.
 */
public class RegisterQueries {

    private final MongoCollection<RequestRegisterEntry> requests;
    private final MongoCollection<ObjectionRegisterEntry> objections;

    public RegisterQueries(MongoDatabase database) {
        MongoDatabase readModels = database.withCodecRegistry(ReadModelCodecs.REGISTRY);
        this.requests = readModels.getCollection(RegisterProjection.REQUESTS, RequestRegisterEntry.class);
        this.objections = readModels.getCollection(RegisterProjection.OBJECTIONS, ObjectionRegisterEntry.class);
    }

    @QueryHandler
    public List<RequestRegisterEntry> handle(ListRequestRegister query) {
        List<RequestRegisterEntry> lines = new ArrayList<>();
        Listings.sorted(requests.find(ofYear(query.year(), query.status())),
                        Comparator.comparing(RequestRegisterEntry::registrationNumber))
                .forEach(line -> lines.add(query.publicVersion() ? line.withoutPersonalData() : line));
        return lines;
    }

    @QueryHandler
    public List<ObjectionRegisterEntry> handle(ListObjectionRegister query) {
        List<ObjectionRegisterEntry> lines = new ArrayList<>();
        Listings.sorted(objections.find(ofYear(query.year(), query.status())),
                        Comparator.comparing(ObjectionRegisterEntry::objectionNumber))
                .forEach(line -> lines.add(query.publicVersion() ? line.withoutPersonalData() : line));
        return lines;
    }

    /** Only the two instants travel, not the register's lines. */
    @QueryHandler
    public List<NoticeTime> handle(ListNoticeTimes query) {
        List<NoticeTime> times = new ArrayList<>();
        Listings.batched(requests.withDocumentClass(Document.class)
                        .find(and(eq("year", query.year()), ne("noticeSentAt", null)))
                        .projection(Projections.include("receivedAt", "noticeSentAt")))
                .forEach(line -> times.add(new NoticeTime(line.getDate("receivedAt").toInstant(),
                        line.getDate("noticeSentAt").toInstant())));
        return times;
    }

    @QueryHandler
    public List<Integer> handle(ListRegisterYears query) {
        TreeSet<Integer> years = new TreeSet<>(Comparator.reverseOrder());
        requests.distinct("year", Integer.class).forEach(years::add);
        objections.distinct("year", Integer.class).forEach(years::add);
        return List.copyOf(years);
    }

    private static Bson ofYear(int year, InformationRequestStatus status) {
        return status == null ? eq("year", year) : and(eq("year", year), eq("status", status));
    }
}

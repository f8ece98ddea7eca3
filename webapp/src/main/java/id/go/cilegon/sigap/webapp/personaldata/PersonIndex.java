package id.go.cilegon.sigap.webapp.personaldata;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import id.go.cilegon.sigap.command.complaint.api.ComplaintEvent;
import id.go.cilegon.sigap.command.complaint.api.ComplaintRegistered;
import id.go.cilegon.sigap.command.informationrequest.api.InformationDelivered;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestEvent;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestRegistered;
import id.go.cilegon.sigap.command.informationrequest.api.ObjectionFiled;
import id.go.cilegon.sigap.command.informationrequest.api.Proxy;
import id.go.cilegon.sigap.command.informationrequest.api.Requester;
import id.go.cilegon.sigap.command.personaldata.api.DataSubjectsErased;
import id.go.cilegon.sigap.command.personaldata.api.PersonInCase.CaseKind;
import id.go.cilegon.sigap.command.personaldata.api.PersonInCase.Role;
import id.go.cilegon.sigap.command.personaldata.api.PersonInCase;
import id.go.cilegon.sigap.command.personaldata.api.SubjectDataExported;
import id.go.cilegon.sigap.command.shared.api.personaldata.DataSubjectId;
import id.go.cilegon.sigap.command.shared.api.personaldata.PersonalData;
import id.go.cilegon.sigap.infra.personaldata.BlindIndex;
import id.go.cilegon.sigap.query.shared.BatchMemory;
import id.go.cilegon.sigap.query.shared.BatchedWrites;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.SourceId;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * Where each person's data sits, so an admin can answer a data subject's request, and when each case last moved,
 * so the retention rule knows what to erase. It holds ids, roles, registration numbers and blind-index entries
 * (HMACs of NIK, phone and e-mail, {@link BlindIndex}), never the data itself:
 * <ul>
 *   <li>{@value #CASES}: {@code _id} = case id; kind, number, the people on it (subject, role, their index keys)
 *       and {@code lastActivityAt};</li>
 *   <li>{@value #LOOKUP}: {@code _id} = an index key ({@code NIK:…}, {@code TELEPON:…}, {@code SUREL:…}) or
 *       {@code NOMOR:<registration number>}; the people it leads to, one field per person, case and role;</li>
 *   <li>{@value #REQUESTS}: the recorded exports and erasures, newest first by {@code _id}.</li>
 * </ul>
 * Every write sets a field, adds to a set, takes a maximum or removes, so the same event twice changes nothing; after an
 * erasure the person's entries are gone, and a replay (the data now reads as erased) does not bring them back. The
 * writes go with the processor's batch ({@link BatchedWrites}): a registration's six are two round trips, a rebuild's
 * hundred events a few, and a later event of a case the batch opened finds its number in the batch.
 */
@Component
@ProcessingGroup(PersonIndex.PROCESSING_GROUP)
public class PersonIndex {

    public static final String PROCESSING_GROUP = "personal-data";
    static final String CASES = "personal_data_cases";
    static final String LOOKUP = "personal_data_lookup";
    static final String REQUESTS = "personal_data_requests";
    private static final String NUMBER = "NOMOR:";
    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);
    /** Where a batch keeps the numbers of the cases it opened. */
    private static final String NUMBERS = PersonIndex.class.getName() + ".numbers";

    private final MongoCollection<Document> cases;
    private final MongoCollection<Document> lookup;
    private final MongoCollection<Document> requests;
    private final BlindIndex index;

    PersonIndex(MongoDatabase database, BlindIndex index) {
        this.cases = database.getCollection(CASES);
        this.lookup = database.getCollection(LOOKUP);
        this.requests = database.getCollection(REQUESTS);
        this.index = index;
    }

    @EventHandler
    void on(InformationRequestRegistered event, @Timestamp Instant at) {
        String id = event.requestId().value();
        String number = event.registrationNumber().value();
        opened(id, CaseKind.PERMOHONAN, number, at);
        known(event.requester()).ifPresent(requester -> add(id, CaseKind.PERMOHONAN, number, event.requester()
                .subject(), Role.PEMOHON, keys(requester.identityKind() == Requester.IdentityKind.NIK
                ? requester.identityNumber() : null, requester.phone(), requester.email())));
        proxy(id, CaseKind.PERMOHONAN, number, event.proxy());
    }

    @EventHandler
    void on(ObjectionFiled event, @Timestamp Instant at) {
        String id = event.requestId().value();
        moved(id, at);
        proxy(id, CaseKind.PERMOHONAN, numberOf(id), event.proxy());
    }

    @EventHandler
    void on(InformationDelivered event, @Timestamp Instant at) {
        String id = event.requestId().value();
        moved(id, at);
        if (event.receivedBy() != null && !event.receivedBy().isErased()) {
            add(id, CaseKind.PERMOHONAN, numberOf(id), event.receivedBy().subject(), Role.PENERIMA, List.of());
        }
    }

    /**
     * Any other event of a request: only its case and time matter, both on the message, so its payload is never
     * deserialized (nor its personal data unsealed) here. The request is the event's aggregate.
     */
    @EventHandler(payloadType = InformationRequestEvent.class)
    void requestMoved(@SourceId String requestId, @Timestamp Instant at) {
        moved(requestId, at);
    }

    @EventHandler
    void on(ComplaintRegistered event, @Timestamp Instant at) {
        String id = event.complaintId().value();
        String number = event.number().value();
        opened(id, CaseKind.PENGADUAN, number, at);
        known(event.complainant()).ifPresent(complainant -> add(id, CaseKind.PENGADUAN, number,
                event.complainant().subject(), Role.PENGADU,
                keys(complainant.nik(), complainant.phone(), complainant.email())));
    }

    /** Any other event of a complaint, as {@link #requestMoved} for a request. */
    @EventHandler(payloadType = ComplaintEvent.class)
    void complaintMoved(@SourceId String complaintId, @Timestamp Instant at) {
        moved(complaintId, at);
    }

    @EventHandler
    void on(SubjectDataExported event) {
        recorded(event.requestId().value(), event.exportedAt(), "EKSPOR", null, event.people(),
                event.reference(), event.note(), event.exportedBy() == null ? null : event.exportedBy().value());
    }

    /** The erased people leave the index: their cases no longer name them, their index keys lead nowhere. */
    @EventHandler
    void on(DataSubjectsErased event) {
        BatchedWrites.send();
        for (PersonInCase person : event.people()) {
            Document found = cases.find(eq("_id", person.caseId())).first();
            if (found != null) {
                for (Document entry : found.getList("people", Document.class, List.of())) {
                    if (person.subject().value().equals(entry.getString("subject"))) {
                        String place = placeKey(person.subject().value(), person.caseId(), entry.getString("role"));
                        Stream.concat(entry.getList("keys", String.class, List.of()).stream(),
                                Stream.of(NUMBER + person.caseNumber())).forEach(key -> BatchedWrites
                                        .updateOne(lookup, eq("_id", key), Updates.unset("people." + place)));
                    }
                }
            }
            BatchedWrites.updateOne(cases, eq("_id", person.caseId()), Updates.pull("people",
                    new Document("subject", person.subject().value())));
        }
        recorded(event.requestId().value(), event.erasedAt(), "HAPUS", event.basis().name(),
                event.people(), event.reference(), event.note(),
                event.erasedBy() == null ? null : event.erasedBy().value());
    }

    @ResetHandler
    void reset() {
        cases.drop();
        lookup.drop();
        requests.drop();
    }

    /** The people the registration number or the NIK, phone or e-mail leads to, on any case. */
    List<PersonInCase> find(String caseNumber, Collection<String> indexKeys) {
        List<String> ids = new ArrayList<>(indexKeys);
        if (caseNumber != null) {
            ids.add(NUMBER + caseNumber);
        }
        Set<PersonInCase> found = new LinkedHashSet<>();
        lookup.find(in("_id", ids)).forEach(document -> document.get("people", new Document()).values()
                .forEach(entry -> found.add(person((Document) entry))));
        return List.copyOf(found);
    }

    /** Every person on the case: whom its erasure concerns. */
    List<PersonInCase> peopleOn(String caseId) {
        Document found = cases.find(eq("_id", caseId)).first();
        if (found == null) {
            return List.of();
        }
        return found.getList("people", Document.class, List.of()).stream()
                .map(entry -> new PersonInCase(DataSubjectId.of(entry.getString("subject")),
                        CaseKind.valueOf(found.getString("kind")), caseId, found.getString("number"),
                        Role.valueOf(entry.getString("role"))))
                .toList();
    }

    /** The cases of this kind that still name someone and have not moved since {@code before}. */
    List<String> quietSince(CaseKind kind, Instant before) {
        List<String> quiet = new ArrayList<>();
        cases.find(lt("lastActivityAt", Date.from(before))).forEach(document -> {
            if (kind.name().equals(document.getString("kind"))
                    && !document.getList("people", Document.class, List.of()).isEmpty()) {
                quiet.add(document.getString("_id"));
            }
        });
        return quiet;
    }

    /** When the case last moved, if the index knows it. */
    Optional<Instant> lastActivity(String caseId) {
        Document found = cases.find(eq("_id", caseId)).first();
        return found == null || found.getDate("lastActivityAt") == null ? Optional.empty()
                : Optional.of(found.getDate("lastActivityAt").toInstant());
    }

    /** Every case that names the subject (a scan: for the daily retention run, not for pages). */
    List<String> casesOf(DataSubjectId subject) {
        List<String> found = new ArrayList<>();
        cases.find(eq("people.subject", subject.value())).forEach(document -> found.add(document.getString("_id")));
        return found;
    }

    /** The recorded requests, newest first. */
    List<RecordedRequest> requests(int limit) {
        List<RecordedRequest> recorded = new ArrayList<>();
        requests.find().sort(new Document("at", -1)).limit(limit).forEach(found -> recorded.add(new RecordedRequest(
                found.getDate("at").toInstant(), found.getString("kind"), found.getString("basis"),
                found.getString("reference"), found.getString("officer"),
                found.getList("cases", String.class, List.of()))));
        return recorded;
    }

    private void opened(String caseId, CaseKind kind, String number, Instant at) {
        BatchedWrites.ofBatch(NUMBERS, BatchMemory::new).ifPresent(numbers -> numbers.put(caseId, number));
        BatchedWrites.updateOne(cases, eq("_id", caseId), Updates.combine(Updates.set("kind", kind.name()),
                Updates.set("number", number), Updates.max("lastActivityAt", Date.from(at)),
                Updates.setOnInsert("people", List.of())), UPSERT);
    }

    private void moved(String caseId, Instant at) {
        BatchedWrites.updateOne(cases, eq("_id", caseId), Updates.max("lastActivityAt", Date.from(at)));
    }

    /** The case's number: known to the batch that opened the case, or else in the store. */
    private String numberOf(String caseId) {
        Optional<String> opened = BatchedWrites.ofBatch(NUMBERS, BatchMemory::new).map(numbers -> numbers.get(caseId));
        if (opened.isPresent()) {
            return opened.get();
        }
        Document found = cases.find(eq("_id", caseId)).first();
        return found == null ? null : found.getString("number");
    }

    private void proxy(String caseId, CaseKind kind, String number, PersonalData<Proxy> proxy) {
        known(proxy).ifPresent(value -> add(caseId, kind, number, proxy.subject(), Role.KUASA,
                keys(value.nik(), value.phone(), value.email())));
    }

    private void add(String caseId, CaseKind kind, String number, DataSubjectId subject, Role role,
            List<String> keys) {
        BatchedWrites.updateOne(cases, eq("_id", caseId), Updates.addToSet("people",
                new Document("subject", subject.value()).append("role", role.name()).append("keys", keys)));
        Document entry = entry(new PersonInCase(subject, kind, caseId, number, role));
        String place = placeKey(subject.value(), caseId, role.name());
        Stream.concat(keys.stream(), Stream.of(NUMBER + number)).forEach(key ->
                BatchedWrites.updateOne(lookup, eq("_id", key), Updates.set("people." + place, entry), UPSERT));
    }

    private List<String> keys(String nik, String phone, String email) {
        return Stream.of(index.of(BlindIndex.Kind.NIK, nik), index.of(BlindIndex.Kind.TELEPON, phone),
                index.of(BlindIndex.Kind.SUREL, email)).filter(Objects::nonNull).distinct().toList();
    }

    private void recorded(String id, Instant at, String kind, String basis, List<PersonInCase> people,
            String reference, String note, String officer) {
        BatchedWrites.updateOne(requests, eq("_id", id), Updates.combine(Updates.set("at", Date.from(at)),
                Updates.set("kind", kind), Updates.set("basis", basis), Updates.set("reference", reference),
                Updates.set("note", note), Updates.set("officer", officer),
                Updates.set("subjects", people.stream().map(person -> person.subject().value()).distinct().count()),
                Updates.set("cases", people.stream().map(PersonInCase::caseNumber).distinct().toList()),
                Updates.set("people", people.stream().map(PersonIndex::entry).toList())), UPSERT);
    }

    /** A recorded export: whom it concerned and how it was asked for. */
    record Export(Instant at, List<PersonInCase> people, String reference, Map<String, Object> request) {
    }

    /** The export recorded under this request id, if it is one (an erasure's people cannot be exported). */
    Optional<Export> exported(String requestId) {
        Document found = requests.find(eq("_id", requestId)).first();
        if (found == null || !"EKSPOR".equals(found.getString("kind"))) {
            return Optional.empty();
        }
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("id", requestId);
        request.put("rujukan", found.getString("reference"));
        request.put("catatan", found.getString("note"));
        request.put("oleh", found.getString("officer"));
        request.put("dicatat", found.getDate("at").toInstant().toString());
        return Optional.of(new Export(found.getDate("at").toInstant(), found.getList("people", Document.class)
                .stream().map(PersonIndex::person).toList(), found.getString("reference"), request));
    }

    /**
     * An index entry's field name: one person in one role on one case. The entries are fields of a document, not items
     * of a list, so an entry added twice is one, and their order (which events of different cases settle) carries no
     * meaning.
     */
    private static String placeKey(String subject, String caseId, String role) {
        return subject + "|" + caseId + "|" + role;
    }

    private static Document entry(PersonInCase person) {
        return new Document("subject", person.subject().value()).append("kind", person.kind().name())
                .append("caseId", person.caseId()).append("number", person.caseNumber())
                .append("role", person.role().name());
    }

    private static PersonInCase person(Document entry) {
        return new PersonInCase(DataSubjectId.of(entry.getString("subject")),
                CaseKind.valueOf(entry.getString("kind")), entry.getString("caseId"), entry.getString("number"),
                Role.valueOf(entry.getString("role")));
    }

    private static <T> Optional<T> known(PersonalData<T> data) {
        return data == null ? Optional.empty() : data.get();
    }
}

package id.go.cilegon.sigap.query.informationrequest.register;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateManyModel;
import id.go.cilegon.sigap.command.informationrequest.api.ClarificationProvided;
import id.go.cilegon.sigap.command.informationrequest.api.ClarificationRequested;
import id.go.cilegon.sigap.command.informationrequest.api.Cost;
import id.go.cilegon.sigap.command.informationrequest.api.DisputeFiled;
import id.go.cilegon.sigap.command.informationrequest.api.DisputeStage;
import id.go.cilegon.sigap.command.informationrequest.api.DisputeStageRecorded;
import id.go.cilegon.sigap.command.informationrequest.api.InformationDelivered;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestClosed;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestForwarded;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestId;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestRegistered;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestStatus;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestWithdrawn;
import id.go.cilegon.sigap.command.informationrequest.api.NoticeDeadlineExtended;
import id.go.cilegon.sigap.command.informationrequest.api.NoticeDeadlineMissed;
import id.go.cilegon.sigap.command.informationrequest.api.ObjectionAnswerDeadlineMissed;
import id.go.cilegon.sigap.command.informationrequest.api.ObjectionAnswered;
import id.go.cilegon.sigap.command.informationrequest.api.ObjectionFiled;
import id.go.cilegon.sigap.command.informationrequest.api.Proxy;
import id.go.cilegon.sigap.command.informationrequest.api.Requester;
import id.go.cilegon.sigap.command.informationrequest.api.WrittenNotice;
import id.go.cilegon.sigap.command.informationrequest.api.WrittenNoticeSent;
import id.go.cilegon.sigap.command.personaldata.api.DataSubjectsErased;
import id.go.cilegon.sigap.command.personaldata.api.PersonInCase;
import id.go.cilegon.sigap.command.shared.api.personaldata.PersonalData;
import id.go.cilegon.sigap.query.informationrequest.register.api.ObjectionRegisterEntry;
import id.go.cilegon.sigap.query.informationrequest.register.api.RequestRegisterEntry;
import id.go.cilegon.sigap.query.shared.BatchedWrites;
import id.go.cilegon.sigap.query.shared.ReadModelCodecs;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.bson.conversions.Bson;

/**
 * Keeps the two statutory registers, one line per request ({@code register_permohonan}) and one per keberatan
 * ({@code register_keberatan}). A line is written whole once, when its request or keberatan is registered, and a
 * redelivered registration leaves it as it is; every later event sets the fields it decides, so applying an event
 * again converges on the same line. The writes go with the processor's batch (ADR 0029); the two events that read a
 * line first send what the batch holds.
 */
@ProcessingGroup(RegisterProjection.PROCESSING_GROUP)
public class RegisterProjection {

    public static final String PROCESSING_GROUP = "information-request-registers";
    static final String REQUESTS = "register_permohonan";
    static final String OBJECTIONS = "register_keberatan";

    private final MongoCollection<RequestRegisterEntry> requests;
    private final MongoCollection<ObjectionRegisterEntry> objections;

    public RegisterProjection(MongoDatabase database) {
        MongoDatabase readModels = database.withCodecRegistry(ReadModelCodecs.REGISTRY);
        this.requests = readModels.getCollection(REQUESTS, RequestRegisterEntry.class);
        this.objections = readModels.getCollection(OBJECTIONS, ObjectionRegisterEntry.class);
    }

    /**
     * The people were erased: their names, addresses and contacts leave both registers, which keep the line and its
     * figures. Scrubbing twice is scrubbing once.
     */
    @EventHandler
    void on(DataSubjectsErased event) {
        event.rolesByCase(PersonInCase.CaseKind.PERMOHONAN).forEach((requestId, roles) -> {
            if (roles.contains(PersonInCase.Role.PEMOHON)) {
                BatchedWrites.updateOne(requests, eq("_id", requestId), combine(set("requesterName", null),
                        set("requesterAddress", null), set("contact", null), set("requesterOccupation", null)));
                BatchedWrites.write(objections, new UpdateManyModel<>(eq("requestId", requestId), combine(
                        set("requesterName", null), set("requesterAddress", null), set("requesterOccupation", null))));
            }
            if (roles.contains(PersonInCase.Role.KUASA)) {
                BatchedWrites.updateOne(requests, eq("_id", requestId), set("proxyName", null));
                BatchedWrites.write(objections, new UpdateManyModel<>(eq("requestId", requestId),
                        set("proxyName", null)));
            }
        });
    }

    // ------------------------------------------------------------------------------------- register permohonan

    @EventHandler
    void on(InformationRequestRegistered event) {
        Optional<Requester> requester = Optional.ofNullable(event.requester()).flatMap(PersonalData::get);
        BatchedWrites.insertIfAbsent(requests, new RequestRegisterEntry(
                event.requestId().value(),
                event.noticeDeadline().effectiveReceiptDate().getYear(),
                event.registrationNumber().value(),
                event.receivedAt(),
                event.channel(),
                requester.map(Requester::name).orElse(null),
                requester.map(Requester::address).orElse(null),
                requester.map(RegisterProjection::contact).orElse(null),
                requester.map(Requester::occupation).orElse(null),
                proxyName(event.proxy()),
                event.informationRequested(),
                event.purpose(),
                event.obtainMethod(),
                event.deliveryMethod(),
                event.noticeDeadline().dueDate(),
                false, null, null, null, null, null, null, null, null, null, false, false, null,
                InformationRequestStatus.DITERIMA, null, null, null));
    }

    @EventHandler
    void on(ClarificationRequested event) {
        updateRequest(event.requestId(), set("status", InformationRequestStatus.MENUNGGU_KELENGKAPAN));
    }

    @EventHandler
    void on(ClarificationProvided event) {
        updateRequest(event.requestId(), combine(set("status", event.resumedStatus()),
                set("noticeDue", event.noticeDeadline().dueDate())));
    }

    @EventHandler
    void on(InformationRequestForwarded event) {
        updateRequest(event.requestId(), combine(set("status", InformationRequestStatus.DIPROSES),
                set("unit", event.unit().value())));
    }

    @EventHandler
    void on(NoticeDeadlineExtended event) {
        updateRequest(event.requestId(), combine(set("status", InformationRequestStatus.DIPERPANJANG),
                set("noticeDue", event.noticeDeadline().dueDate()), set("noticeDeadlineExtended", true)));
    }

    @EventHandler
    void on(WrittenNoticeSent event) {
        WrittenNotice notice = event.notice();
        Cost cost = notice.cost();
        updateRequest(event.requestId(), combine(
                set("status", notice.decision().status()),
                set("decision", notice.decision()),
                set("informationHeld", notice.informationHeld()),
                set("holdingBody", notice.holdingBody()),
                set("exemptionGrounds", notice.exemptionGrounds()),
                set("givenAs", notice.obtainMethod()),
                set("format", notice.format()),
                set("costRupiah", cost == null ? null : cost.rupiah()),
                set("costHowToPay", cost == null ? null : cost.howToPay()),
                set("noticeSentAt", event.sentAt()),
                set("noticeLate", event.late())));
    }

    @EventHandler
    void on(NoticeDeadlineMissed event) {
        updateRequest(event.requestId(), set("noticeDeadlineMissed", true));
    }

    @EventHandler
    void on(InformationDelivered event) {
        updateRequest(event.requestId(), combine(set("status", InformationRequestStatus.INFORMASI_DISERAHKAN),
                set("deliveredAt", event.deliveredAt())));
    }

    @EventHandler
    void on(InformationRequestClosed event) {
        updateRequest(event.requestId(), combine(set("status", InformationRequestStatus.SELESAI),
                set("closedAt", event.closedAt())));
    }

    @EventHandler
    void on(InformationRequestWithdrawn event) {
        updateRequest(event.requestId(), combine(set("status", InformationRequestStatus.DIBATALKAN),
                set("withdrawnAt", event.withdrawnAt())));
    }

    // -------------------------------------------------------------------------------------- register keberatan

    /** The identity and the request's columns (d–f) come from the request's line, written before any keberatan. */
    @EventHandler
    void on(ObjectionFiled event) {
        String requestId = event.requestId().value();
        BatchedWrites.send();
        Optional<RequestRegisterEntry> request = Optional.ofNullable(requests.find(eq("_id", requestId)).first());
        BatchedWrites.insertIfAbsent(objections, new ObjectionRegisterEntry(
                event.objectionNumber().value(),
                requestId,
                event.answerDeadline().effectiveReceiptDate().getYear(),
                request.map(RequestRegisterEntry::registrationNumber).orElse(null),
                event.receivedAt(),
                event.channel(),
                request.map(RequestRegisterEntry::requesterName).orElse(null),
                request.map(RequestRegisterEntry::requesterAddress).orElse(null),
                request.map(RequestRegisterEntry::requesterOccupation).orElse(null),
                proxyName(event.proxy()),
                request.map(RequestRegisterEntry::informationRequested).orElse(null),
                request.map(RequestRegisterEntry::purpose).orElse(null),
                event.ground(),
                event.caseSummary(),
                event.groundAroseOn(),
                event.answerDeadline().dueDate(),
                null, null, null, null, false, false, null, null, null, null, null, null,
                InformationRequestStatus.KEBERATAN_DIAJUKAN));
        updateRequest(event.requestId(), set("status", InformationRequestStatus.KEBERATAN_DIAJUKAN));
    }

    @EventHandler
    void on(ObjectionAnswered event) {
        BatchedWrites.updateOne(objections, eq("_id", event.objectionNumber().value()), combine(
                set("outcome", event.outcome()),
                set("reasons", event.reasons()),
                set("answeredBy", event.answeredBy() == null ? null : event.answeredBy().value()),
                set("answeredAt", event.answeredAt()),
                set("answeredLate", event.late()),
                set("status", event.outcome().status())));
        updateRequest(event.requestId(), set("status", event.outcome().status()));
    }

    @EventHandler
    void on(ObjectionAnswerDeadlineMissed event) {
        BatchedWrites.updateOne(objections, eq("_id", event.objectionNumber().value()),
                set("answerDeadlineMissed", true));
    }

    @EventHandler
    void on(DisputeFiled event) {
        BatchedWrites.updateOne(objections, eq("_id", event.objectionNumber().value()), combine(
                set("disputeCommission", event.commission()),
                set("disputeCaseNumber", event.caseNumber()),
                set("disputeFiledOn", event.filedOn()),
                set("disputeStage", DisputeStage.DIDAFTARKAN_KI),
                set("disputeStageReachedOn", event.filedOn()),
                set("disputeStageOutcome", null),
                set("status", InformationRequestStatus.SENGKETA_DIAJUKAN)));
        updateRequest(event.requestId(), set("status", InformationRequestStatus.SENGKETA_DIAJUKAN));
    }

    /** The stage belongs to the sengketa of the request's latest keberatan, the one that went to the KI last. */
    @EventHandler
    void on(DisputeStageRecorded event) {
        BatchedWrites.send();
        ObjectionRegisterEntry disputed = objections
                .find(and(eq("requestId", event.requestId().value()), ne("disputeFiledOn", null)))
                .sort(Sorts.descending("_id")).first();
        if (disputed != null) {
            BatchedWrites.updateOne(objections, eq("_id", disputed.objectionNumber()), combine(
                    set("disputeStage", event.stage()),
                    set("disputeStageReachedOn", event.reachedOn()),
                    set("disputeStageOutcome", event.outcome())));
        }
    }

    @ResetHandler
    void reset() {
        requests.drop();
        objections.drop();
    }

    // ------------------------------------------------------------------------------------------------- helpers

    private void updateRequest(InformationRequestId requestId, Bson update) {
        BatchedWrites.updateOne(requests, eq("_id", requestId.value()), update);
    }

    private static String contact(Requester requester) {
        String joined = Stream.of(requester.phone(), requester.email())
                .filter(value -> value != null && !value.isBlank())
                .collect(Collectors.joining(" / "));
        return joined.isEmpty() ? null : joined;
    }

    private static String proxyName(PersonalData<Proxy> proxy) {
        return proxy == null ? null : proxy.get().map(Proxy::name).orElse(null);
    }
}

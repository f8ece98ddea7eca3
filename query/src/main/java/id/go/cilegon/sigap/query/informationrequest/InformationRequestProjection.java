package id.go.cilegon.sigap.query.informationrequest;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.set;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import id.go.cilegon.sigap.command.informationrequest.api.ClarificationProvided;
import id.go.cilegon.sigap.command.informationrequest.api.ClarificationRequested;
import id.go.cilegon.sigap.command.informationrequest.api.DisputeFiled;
import id.go.cilegon.sigap.command.informationrequest.api.InformationDelivered;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestClosed;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestForwarded;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestId;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestRegistered;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestStatus;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestWithdrawn;
import id.go.cilegon.sigap.command.informationrequest.api.NoticeDeadlineExtended;
import id.go.cilegon.sigap.command.informationrequest.api.NoticeDeadlineMissed;
import id.go.cilegon.sigap.command.informationrequest.api.ObjectionAnswered;
import id.go.cilegon.sigap.command.informationrequest.api.ObjectionFiled;
import id.go.cilegon.sigap.command.informationrequest.api.Requester;
import id.go.cilegon.sigap.command.informationrequest.api.WrittenNoticeSent;
import id.go.cilegon.sigap.command.personaldata.api.DataSubjectsErased;
import id.go.cilegon.sigap.command.personaldata.api.PersonInCase;
import id.go.cilegon.sigap.command.shared.api.calendar.Deadline;
import id.go.cilegon.sigap.query.shared.BatchedWrites;
import id.go.cilegon.sigap.query.shared.ReadModelCodecs;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;

/**
 * Keeps the public status page and the officers' queue as a request moves through its lifecycle. Every write
 * sets state rather than adding to it (an upsert of the whole document, or a {@code $set} of the fields an event
 * decides), so a replay or a redelivered event converges on the same state.
 */
@ProcessingGroup(InformationRequestProjection.PROCESSING_GROUP)
public class InformationRequestProjection {

    public static final String PROCESSING_GROUP = "information-requests";
    static final String STATUS_COLLECTION = "information_request_status";
    static final String OPEN_COLLECTION = "open_information_requests";

    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

    private final MongoCollection<RequestStatusDocument> statuses;
    private final MongoCollection<OpenRequestDocument> openRequests;

    public InformationRequestProjection(MongoDatabase database) {
        MongoDatabase readModels = database.withCodecRegistry(ReadModelCodecs.REGISTRY);
        this.statuses = readModels.getCollection(STATUS_COLLECTION, RequestStatusDocument.class);
        this.openRequests = readModels.getCollection(OPEN_COLLECTION, OpenRequestDocument.class);
        createIndexes();
    }

    /** Later events name the request, not its tracking code: a unique index keeps that lookup exact. */
    private void createIndexes() {
        statuses.createIndex(Indexes.ascending("requestId"), new IndexOptions().unique(true));
        openRequests.createIndex(Indexes.ascending("noticeDue", "receivedAt", "registrationNumber"));
        openRequests.createIndex(Indexes.ascending("unit", "noticeDue"));
        openRequests.createIndex(Indexes.ascending("registrationNumber"));
    }

    @EventHandler
    void on(InformationRequestRegistered event) {
        String requestId = event.requestId().value();
        BatchedWrites.replaceOne(statuses, eq("_id", event.trackingCodeHash()), new RequestStatusDocument(
                event.trackingCodeHash(), requestId, event.registrationNumber().value(),
                InformationRequestStatus.DITERIMA, event.channel(), event.receivedAt(),
                event.informationRequested(), event.noticeDeadline()), UPSERT);
        BatchedWrites.replaceOne(openRequests, eq("_id", requestId), new OpenRequestDocument(
                requestId, event.registrationNumber().value(),
                event.requester().get().map(Requester::name).orElse(null), event.channel(),
                event.informationRequested(), event.receivedAt(), event.noticeDeadline().dueDate(),
                InformationRequestStatus.DITERIMA, false, false, null), UPSERT);
    }

    @EventHandler
    void on(ClarificationRequested event) {
        changeStatus(event.requestId(), InformationRequestStatus.MENUNGGU_KELENGKAPAN);
    }

    @EventHandler
    void on(ClarificationProvided event) {
        changeStatus(event.requestId(), event.resumedStatus());
        moveNoticeDeadline(event.requestId(), event.noticeDeadline());
    }

    @EventHandler
    void on(InformationRequestForwarded event) {
        changeStatus(event.requestId(), InformationRequestStatus.DIPROSES);
        BatchedWrites.updateOne(openRequests, eq("_id", event.requestId().value()), set("unit", event.unit().value()));
    }

    @EventHandler
    void on(NoticeDeadlineExtended event) {
        changeStatus(event.requestId(), InformationRequestStatus.DIPERPANJANG);
        moveNoticeDeadline(event.requestId(), event.noticeDeadline());
    }

    /** The notice stops the statutory clock: the queue no longer counts days for this request. */
    @EventHandler
    void on(WrittenNoticeSent event) {
        InformationRequestStatus decided = InformationRequestStatus.valueOf(event.notice().decision().name());
        changeStatus(event.requestId(), decided);
        BatchedWrites.updateOne(openRequests, eq("_id", event.requestId().value()), set("noticeSent", true));
    }

    /** The breach is on record; the deadline watcher need not report it again. */
    @EventHandler
    void on(NoticeDeadlineMissed event) {
        BatchedWrites.updateOne(openRequests, eq("_id", event.requestId().value()), set("noticeDeadlineMissed", true));
    }

    @EventHandler
    void on(InformationDelivered event) {
        changeStatus(event.requestId(), InformationRequestStatus.INFORMASI_DISERAHKAN);
    }

    @EventHandler
    void on(ObjectionFiled event) {
        changeStatus(event.requestId(), InformationRequestStatus.KEBERATAN_DIAJUKAN);
    }

    @EventHandler
    void on(ObjectionAnswered event) {
        changeStatus(event.requestId(), switch (event.outcome()) {
            case UPHELD -> InformationRequestStatus.DITERIMA_ATASAN;
            case REJECTED -> InformationRequestStatus.DITOLAK_ATASAN;
            case SETTLED_BY_AGREEMENT -> InformationRequestStatus.SELESAI_MUSYAWARAH;
        });
    }

    @EventHandler
    void on(DisputeFiled event) {
        changeStatus(event.requestId(), InformationRequestStatus.SENGKETA_DIAJUKAN);
    }

    /** A closed or withdrawn request leaves the queue; its public status stays. */
    @EventHandler
    void on(InformationRequestClosed event) {
        BatchedWrites.updateOne(statuses, eq("requestId", event.requestId().value()),
                set("status", InformationRequestStatus.SELESAI));
        BatchedWrites.deleteOne(openRequests, eq("_id", event.requestId().value()));
    }

    @EventHandler
    void on(InformationRequestWithdrawn event) {
        BatchedWrites.updateOne(statuses, eq("requestId", event.requestId().value()),
                set("status", InformationRequestStatus.DIBATALKAN));
        BatchedWrites.deleteOne(openRequests, eq("_id", event.requestId().value()));
    }

    private void changeStatus(InformationRequestId requestId, InformationRequestStatus status) {
        BatchedWrites.updateOne(statuses, eq("requestId", requestId.value()), set("status", status));
        BatchedWrites.updateOne(openRequests, eq("_id", requestId.value()), set("status", status));
    }

    private void moveNoticeDeadline(InformationRequestId requestId, Deadline deadline) {
        BatchedWrites.updateOne(statuses, eq("requestId", requestId.value()), set("noticeDeadline", deadline));
        BatchedWrites.updateOne(openRequests, eq("_id", requestId.value()), set("noticeDue", deadline.dueDate()));
    }

    /** The requester was erased: the queue shows the request without a name. */
    @EventHandler
    void on(DataSubjectsErased event) {
        event.rolesByCase(PersonInCase.CaseKind.PERMOHONAN).forEach((requestId, roles) -> {
            if (roles.contains(PersonInCase.Role.PEMOHON)) {
                BatchedWrites.updateOne(openRequests, eq("_id", requestId), set("requesterName", null));
            }
        });
    }

    @ResetHandler
    void reset() {
        statuses.drop();
        openRequests.drop();
        createIndexes();
    }
}

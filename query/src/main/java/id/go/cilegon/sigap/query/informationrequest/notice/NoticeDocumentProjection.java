package id.go.cilegon.sigap.query.informationrequest.notice;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.UpdateOptions;
import id.go.cilegon.sigap.command.informationrequest.api.InformationDelivered;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestId;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestRegistered;
import id.go.cilegon.sigap.command.informationrequest.api.Proxy;
import id.go.cilegon.sigap.command.informationrequest.api.Recipient;
import id.go.cilegon.sigap.command.informationrequest.api.Requester;
import id.go.cilegon.sigap.command.informationrequest.api.WrittenNoticeSent;
import id.go.cilegon.sigap.command.personaldata.api.DataSubjectsErased;
import id.go.cilegon.sigap.command.personaldata.api.PersonInCase;
import id.go.cilegon.sigap.command.shared.api.personaldata.PersonalData;
import id.go.cilegon.sigap.query.informationrequest.notice.api.DeliveryReceipt;
import id.go.cilegon.sigap.query.informationrequest.notice.api.SentNotice;
import id.go.cilegon.sigap.query.shared.BatchedWrites;
import id.go.cilegon.sigap.query.shared.ReadModelCodecs;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.bson.conversions.Bson;

/**
 * Keeps what the printable <i>pemberitahuan tertulis</i> and <i>tanda bukti penyerahan</i> of each request need.
 * Every event sets its own fields on the request's document (an upsert keyed by request id), so a redelivered or
 * replayed event converges on the same document. A request handed over twice (after a keberatan was upheld) keeps
 * the latest receipt.
 */
@ProcessingGroup(NoticeDocumentProjection.PROCESSING_GROUP)
public class NoticeDocumentProjection {

    public static final String PROCESSING_GROUP = "written-notices";
    static final String COLLECTION = "written_notices";

    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);

    private final MongoCollection<NoticeDocumentEntry> documents;

    public NoticeDocumentProjection(MongoDatabase database) {
        this.documents = database.withCodecRegistry(ReadModelCodecs.REGISTRY)
                .getCollection(COLLECTION, NoticeDocumentEntry.class);
    }

    @EventHandler
    void on(InformationRequestRegistered event) {
        Optional<Requester> requester = known(event.requester());
        upsert(event.requestId(), combine(
                set("registrationNumber", event.registrationNumber().value()),
                set("receivedAt", event.receivedAt()),
                set("requesterName", requester.map(Requester::name).orElse(null)),
                set("requesterAddress", requester.map(Requester::address).orElse(null)),
                set("proxyName", known(event.proxy()).map(Proxy::name).orElse(null)),
                set("informationRequested", event.informationRequested())));
    }

    @EventHandler
    void on(WrittenNoticeSent event) {
        upsert(event.requestId(), set("notice", new SentNotice(event.notice(), event.sentAt(),
                event.sentBy().value(), event.dueDate(), event.late())));
    }

    @EventHandler
    void on(InformationDelivered event) {
        Optional<Recipient> recipient = known(event.receivedBy());
        upsert(event.requestId(), set("delivery", new DeliveryReceipt(event.deliveredAt(), event.method(),
                recipient.map(Recipient::name).orElse(null), recipient.map(Recipient::relationship).orElse(null),
                event.recordedBy().value(), event.recordedAt())));
    }

    /** The people were erased: the printed notice and receipt show them as erased from now on. */
    @EventHandler
    void on(DataSubjectsErased event) {
        event.rolesByCase(PersonInCase.CaseKind.PERMOHONAN).forEach((requestId, roles) -> {
            List<Bson> scrub = new ArrayList<>();
            if (roles.contains(PersonInCase.Role.PEMOHON)) {
                scrub.add(set("requesterName", null));
                scrub.add(set("requesterAddress", null));
            }
            if (roles.contains(PersonInCase.Role.KUASA)) {
                scrub.add(set("proxyName", null));
            }
            if (roles.contains(PersonInCase.Role.PENERIMA)) {
                scrub.add(set("delivery.recipientName", null));
                scrub.add(set("delivery.recipientRelationship", null));
            }
            if (!scrub.isEmpty()) {
                BatchedWrites.updateOne(documents, eq("_id", requestId), combine(scrub));
            }
        });
    }

    @ResetHandler
    void reset() {
        documents.drop();
    }

    /** Personal data that is absent (no proxy) or erased reads as nothing. */
    private static <T> Optional<T> known(PersonalData<T> data) {
        return Optional.ofNullable(data).flatMap(PersonalData::get);
    }

    private void upsert(InformationRequestId requestId, Bson update) {
        BatchedWrites.updateOne(documents, eq("_id", requestId.value()), update, UPSERT);
    }
}

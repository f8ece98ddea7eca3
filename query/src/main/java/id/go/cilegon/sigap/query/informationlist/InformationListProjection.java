package id.go.cilegon.sigap.query.informationlist;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.push;
import static com.mongodb.client.model.Updates.set;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import id.go.cilegon.sigap.command.informationlist.api.ExemptionEnded;
import id.go.cilegon.sigap.command.informationlist.api.ExemptionLifted;
import id.go.cilegon.sigap.command.informationlist.api.ExemptionReviewDue;
import id.go.cilegon.sigap.command.informationlist.api.InformationExempted;
import id.go.cilegon.sigap.command.informationlist.api.InformationListed;
import id.go.cilegon.sigap.command.informationlist.api.ListedInformationEvent;
import id.go.cilegon.sigap.command.informationlist.api.ListedInformationStatus;
import id.go.cilegon.sigap.command.informationlist.api.ListedInformationUpdated;
import id.go.cilegon.sigap.command.informationlist.api.ListedInformationWithdrawn;
import id.go.cilegon.sigap.command.shared.api.OfficerId;
import id.go.cilegon.sigap.query.informationlist.api.ListedInformationEntry;
import id.go.cilegon.sigap.query.informationlist.api.ListedInformationEntry.Change;
import id.go.cilegon.sigap.query.informationlist.api.ListedInformationEntry.ChangeKind;
import id.go.cilegon.sigap.query.informationrequest.register.RegisterProjection;
import id.go.cilegon.sigap.query.shared.BatchedWrites;
import id.go.cilegon.sigap.query.shared.ReadModelCodecs;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.bson.conversions.Bson;

/**
 * Keeps the PPID's lists ({@code daftar_informasi}), one document per piece of information. The first event writes it
 * whole and a redelivered one leaves it; every later event updates it only while its {@code lastSequence} is below
 * the event's, so applying an event again changes nothing. It runs with the statutory registers (their processor,
 * their batch: ADR 0029), the registers' own kind of read model, and so adds no processor reading every event.
 */
@ProcessingGroup(RegisterProjection.PROCESSING_GROUP)
public class InformationListProjection {

    static final String INFORMATION = "daftar_informasi";

    private final MongoCollection<ListedInformationEntry> information;

    public InformationListProjection(MongoDatabase database) {
        this.information = database.withCodecRegistry(ReadModelCodecs.REGISTRY)
                .getCollection(INFORMATION, ListedInformationEntry.class);
    }

    @EventHandler
    void on(InformationListed event, @SequenceNumber long sequence) {
        BatchedWrites.insertIfAbsent(information, new ListedInformationEntry(event.listedInformationId().value(),
                event.number().value(), ListedInformationStatus.TERBUKA, event.description(), event.listedAt(), null,
                false, List.of(change(ChangeKind.DICATAT, event.listedAt(), event.listedBy(), null)), sequence));
    }

    @EventHandler
    void on(ListedInformationUpdated event, @SequenceNumber long sequence) {
        if (event.refreshed()) {
            change(event, sequence, change(ChangeKind.DIMUTAKHIRKAN, event.updatedAt(), event.updatedBy(), null),
                    set("description", event.description()), set("refreshedAt", event.updatedAt()));
        } else {
            change(event, sequence, change(ChangeKind.DIPERBARUI, event.updatedAt(), event.updatedBy(), null),
                    set("description", event.description()));
        }
    }

    @EventHandler
    void on(InformationExempted event, @SequenceNumber long sequence) {
        change(event, sequence, change(event.renewal() ? ChangeKind.DIPERPANJANG : ChangeKind.DIKECUALIKAN,
                        event.recordedAt(), event.recordedBy(), event.exemption().decisionNumber()),
                set("status", ListedInformationStatus.DIKECUALIKAN), set("exemption", event.exemption()),
                set("reviewDue", false));
    }

    @EventHandler
    void on(ExemptionReviewDue event, @SequenceNumber long sequence) {
        change(event, sequence, change(ChangeKind.PERLU_UJI_ULANG, event.recordedAt(), null,
                event.endsOn().toString()), set("reviewDue", true));
    }

    @EventHandler
    void on(ExemptionLifted event, @SequenceNumber long sequence) {
        change(event, sequence, change(ChangeKind.DIBUKA, event.liftedAt(), event.liftedBy(), event.reason()),
                opened());
    }

    @EventHandler
    void on(ExemptionEnded event, @SequenceNumber long sequence) {
        change(event, sequence, change(ChangeKind.BERAKHIR, event.recordedAt(), null, event.endsOn().toString()),
                opened());
    }

    @EventHandler
    void on(ListedInformationWithdrawn event, @SequenceNumber long sequence) {
        change(event, sequence, change(ChangeKind.DITARIK, event.withdrawnAt(), event.withdrawnBy(), event.reason()),
                set("status", ListedInformationStatus.DITARIK), set("exemption", null), set("reviewDue", false));
    }

    @ResetHandler
    void reset() {
        information.drop();
    }

    private static Bson opened() {
        return combine(set("status", ListedInformationStatus.TERBUKA), set("exemption", null), set("reviewDue", false));
    }

    private static Change change(ChangeKind kind, Instant at, OfficerId by, String note) {
        return new Change(kind, at, by == null ? null : by.value(), note);
    }

    private void change(ListedInformationEvent event, long sequence, Change step, Bson... updates) {
        List<Bson> all = new ArrayList<>(List.of(updates));
        all.add(push("history", step));
        all.add(set("lastSequence", sequence));
        BatchedWrites.updateOne(information, and(eq("_id", event.listedInformationId().value()),
                lt("lastSequence", sequence)), combine(all));
    }
}

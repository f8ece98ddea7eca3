package id.go.cilegon.sigap.query.complaint;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.DeleteOneModel;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import id.go.cilegon.sigap.query.complaint.api.ComplaintFile;
import id.go.cilegon.sigap.query.shared.BatchedWrites;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the complaint projection has read and changed while its processor handles one batch: the complaints' files,
 * kept so that a complaint's later events in the batch read nothing, with the timeline entries and open work they
 * make, all sent when the batch ends ({@link BatchedWrites}, ADR 0029).
 *
 * <p>Sent in the order the projection always wrote them, so that a crash at any point is repaired by the batch's
 * redelivery: the timeline entries (keyed by the event), then the files, then the open work. A file read from the
 * store is replaced only if it still has the revision it was read with (an erasure of the complainant, handled on
 * another segment, may have written it meanwhile); if one has moved, the batch fails and is delivered again, and
 * reads the erasure.
 */
final class ComplaintBatch implements BatchedWrites.Sent {

    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

    private final MongoCollection<ComplaintDocument> complaints;
    private final MongoCollection<ComplaintTimelineDocument> timeline;
    private final MongoCollection<OpenComplaintDocument> open;
    /** Each file as the store had it when this batch first read it. */
    private final Map<String, Optional<ComplaintDocument>> stored = new HashMap<>();
    /** Each file as this batch has it now. */
    private final Map<String, Optional<ComplaintDocument>> current = new HashMap<>();
    private final Set<String> changed = new LinkedHashSet<>();
    private final Map<String, ComplaintTimelineDocument> entries = new LinkedHashMap<>();
    /** The open work of each complaint this batch touched; empty once it is closed. */
    private final Map<String, Optional<OpenComplaintDocument>> openWork = new LinkedHashMap<>();
    /** The batch's cases, whose files are read together with the first one asked for. */
    private final Set<String> cases;

    /** @param cases the cases of the batch's events, read together (any other complaint is read when asked for) */
    ComplaintBatch(MongoCollection<ComplaintDocument> complaints, MongoCollection<ComplaintTimelineDocument> timeline,
            MongoCollection<OpenComplaintDocument> open, Set<String> cases) {
        this.complaints = complaints;
        this.timeline = timeline;
        this.open = open;
        this.cases = cases;
    }

    Optional<ComplaintDocument> file(String complaintId) {
        return current.computeIfAbsent(complaintId,
                id -> BatchedWrites.readTogether(complaints, stored, id, cases, ComplaintDocument::id));
    }

    /** The file after an event; {@link #file} was asked for it first. */
    void changed(ComplaintDocument file) {
        current.put(file.id(), Optional.of(file));
        changed.add(file.id());
    }

    void entry(ComplaintTimelineDocument entry) {
        entries.put(entry.id(), entry);
    }

    /** The complaint's line in the open work: gone once the complaint is closed. */
    void keepOpenWork(ComplaintFile file) {
        openWork.put(file.complaintId(), file.status().isFinal() ? Optional.empty()
                : Optional.of(OpenComplaintDocument.of(file)));
    }

    @Override
    public void send() {
        List<WriteModel<ComplaintTimelineDocument>> newEntries = new ArrayList<>();
        entries.forEach((id, entry) -> newEntries.add(new ReplaceOneModel<>(eq("_id", id), entry, UPSERT)));
        BatchedWrites.inOrder(timeline, newEntries);
        List<WriteModel<ComplaintDocument>> files = new ArrayList<>();
        for (String id : changed) {
            ComplaintDocument file = current.get(id).orElseThrow();
            files.add(stored.get(id)
                    .map(read -> new ReplaceOneModel<>(and(eq("_id", id), eq("revision", read.revision())), file))
                    .orElseGet(() -> new ReplaceOneModel<>(eq("_id", id), file, UPSERT)));
        }
        if (!BatchedWrites.inOrderEachMatched(complaints, files)) {
            throw new IllegalStateException("A complaint of " + changed + " changed while this batch applied "
                    + "its events; the processor handles the batch again");
        }
        List<WriteModel<OpenComplaintDocument>> work = new ArrayList<>();
        openWork.forEach((id, line) -> work.add(line
                .<WriteModel<OpenComplaintDocument>>map(kept -> new ReplaceOneModel<>(eq("_id", id), kept, UPSERT))
                .orElseGet(() -> new DeleteOneModel<>(eq("_id", id)))));
        BatchedWrites.inOrder(open, work);
        stored.clear();
        current.clear();
        changed.clear();
        entries.clear();
        openWork.clear();
    }
}

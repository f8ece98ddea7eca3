package id.go.cilegon.sigap.command.complaint.api;

import id.go.cilegon.sigap.command.shared.api.OfficerId;
import id.go.cilegon.sigap.command.shared.api.UnitId;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A unit's follow-up note. */
public record RecordProgress(
        @TargetAggregateIdentifier ComplaintId complaintId,
        UnitId unit,
        String note,
        OfficerId recordedBy) {

    public RecordProgress {
        Objects.requireNonNull(complaintId, "complaintId");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(recordedBy, "recordedBy");
        if (note == null || note.isBlank()) {
            throw new IllegalArgumentException("A follow-up note must say something");
        }
    }
}

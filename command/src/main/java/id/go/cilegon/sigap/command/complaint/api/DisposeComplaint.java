package id.go.cilegon.sigap.command.complaint.api;

import id.go.cilegon.sigap.command.shared.api.OfficerId;
import id.go.cilegon.sigap.command.shared.api.UnitId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Send the verified complaint to one or more units (<i>disposisi</i>). */
public record DisposeComplaint(
        @TargetAggregateIdentifier ComplaintId complaintId,
        List<UnitId> units,
        String instruction,
        OfficerId disposedBy) {

    public DisposeComplaint {
        Objects.requireNonNull(complaintId, "complaintId");
        Objects.requireNonNull(disposedBy, "disposedBy");
        if (units == null || units.isEmpty()) {
            throw new IllegalArgumentException("A disposition names at least one unit");
        }
        units = List.copyOf(new LinkedHashSet<>(units));
    }
}

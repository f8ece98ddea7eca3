package id.go.cilegon.sigap.command.complaint.api;

import id.go.cilegon.sigap.command.shared.api.Channel;
import id.go.cilegon.sigap.command.shared.api.OfficerId;
import id.go.cilegon.sigap.command.shared.api.personaldata.PersonalData;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Register a complaint. Field rules (lengths, the kelurahan list, file types) are checked where the complaint
 * enters Sigap; this record only refuses what can never be a complaint.
 *
 * @param complainant      {@code null} for an anonymous complaint
 * @param confidential     <i>rahasia</i>: identity for the handling officers only, content off public pages
 * @param trackingCodeHash SHA-256 of the citizen's tracking code; the code itself is never stored
 * @param enteredBy        the officer who entered it at the desk, or {@code null} when the citizen filed it
 */
public record RegisterComplaint(
        @TargetAggregateIdentifier ComplaintId complaintId,
        Channel channel,
        Instant receivedAt,
        PersonalData<Complainant> complainant,
        boolean confidential,
        String subject,
        String description,
        ComplaintCategory category,
        Location location,
        List<Attachment> attachments,
        String trackingCodeHash,
        OfficerId enteredBy) {

    public RegisterComplaint {
        Objects.requireNonNull(complaintId, "complaintId");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(trackingCodeHash, "trackingCodeHash");
        if (subject == null || subject.isBlank() || description == null || description.isBlank()) {
            throw new IllegalArgumentException("A complaint must have a subject and a description");
        }
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }
}

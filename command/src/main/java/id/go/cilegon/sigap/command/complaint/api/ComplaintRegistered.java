package id.go.cilegon.sigap.command.complaint.api;

import id.go.cilegon.sigap.command.shared.api.Channel;
import id.go.cilegon.sigap.command.shared.api.OfficerId;
import id.go.cilegon.sigap.command.shared.api.calendar.Deadline;
import id.go.cilegon.sigap.command.shared.api.personaldata.PersonalData;
import java.time.Instant;
import java.util.List;

/**
 * A complaint was received and numbered. Starts the verification clock; {@code verificationDeadline} carries the
 * due date with its explanation. {@code complainant} is {@code null} for an anonymous complaint: no identity is
 * kept at all. {@code confidential} (<i>rahasia</i>) hides the identity from everyone but the handling officers and
 * the content from public pages. {@code enteredBy} is the officer who entered it at the desk, or {@code null} when
 * the citizen filed it.
 */
public record ComplaintRegistered(
        ComplaintId complaintId,
        ComplaintNumber number,
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
        OfficerId enteredBy,
        Deadline verificationDeadline) implements ComplaintEvent {
}

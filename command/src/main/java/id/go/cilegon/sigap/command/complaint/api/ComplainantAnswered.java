package id.go.cilegon.sigap.command.complaint.api;

import id.go.cilegon.sigap.command.shared.api.OfficerId;
import id.go.cilegon.sigap.command.shared.api.calendar.Deadline;
import java.time.Instant;

/**
 * The complainant answered the verifier's question. {@code verificationDeadline} is the previous one moved by the
 * hari kerja the case waited. {@code enteredBy} is the officer who entered an answer given at the desk, or {@code
 * null} when the complainant answered online.
 */
public record ComplainantAnswered(
        ComplaintId complaintId,
        String answer,
        OfficerId enteredBy,
        Instant answeredAt,
        Deadline verificationDeadline) implements ComplaintEvent {
}

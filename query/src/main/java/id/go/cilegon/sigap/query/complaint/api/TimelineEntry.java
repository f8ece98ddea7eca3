package id.go.cilegon.sigap.query.complaint.api;

import java.time.Instant;
import java.util.Map;

/**
 * One thing that happened to a complaint, for the case page's timeline and the citizen's status page.
 *
 * <p>{@code event} is the event's simple class name; {@code details} holds display values as text (dates ISO
 * {@code yyyy-MM-dd}, enums by name, booleans {@code true}/{@code false}), with these keys per event:
 * <ul>
 * <li>ComplaintRegistered: number, dueDate (verification)</li>
 * <li>ComplainantAsked: question</li>
 * <li>ComplainantAnswered: answer, dueDate (verification, moved)</li>
 * <li>ComplaintVerified: note (may be absent), late</li>
 * <li>ComplaintRejected: reason, explanation, referredTo (may be absent)</li>
 * <li>ComplaintMerged: originalNumber</li>
 * <li>DuplicateAttached: duplicateNumber</li>
 * <li>ComplaintConverted: registrationNumber, explanation</li>
 * <li>ComplaintDisposed: units (comma-separated codes), instruction (officers only), dueDate (earliest)</li>
 * <li>DispositionAccepted: unit</li>
 * <li>DispositionReturned: unit, reason</li>
 * <li>ProgressRecorded: unit, note</li>
 * <li>ComplaintAnswered: unit, answer, dueDate (feedback)</li>
 * <li>VerdictGiven: satisfied, rating, comment (may be absent)</li>
 * <li>ComplaintReopened: reason, reopening, dueDate (earliest follow-up)</li>
 * <li>ComplaintClosed: withoutFeedback</li>
 * <li>VerificationDeadlineMissed: dueDate</li>
 * <li>FollowUpDeadlineMissed: unit, dueDate</li>
 * </ul>
 * The complainant's view leaves out the officers-only entries: DispositionReturned, VerificationDeadlineMissed,
 * FollowUpDeadlineMissed, and the instruction of a disposition.
 *
 * @param actor the officer's user name, or {@code null} when the complainant acted or Sigap recorded it
 */
public record TimelineEntry(String event, Instant at, String actor, Map<String, String> details) {
}

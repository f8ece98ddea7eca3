package id.go.cilegon.sigap.query.informationrequest.api;

import id.go.cilegon.sigap.command.shared.api.Channel;
import java.time.Instant;
import java.util.Map;

/**
 * One thing that happened to a request, for the case page's timeline and the citizen's status page.
 *
 * <p>{@code event} is the event's simple class name; {@code details} holds its display values as text, with these
 * keys per event (dates ISO {@code yyyy-MM-dd}, enums by name, booleans {@code true}/{@code false}):
 * <ul>
 * <li>InformationRequestRegistered: registrationNumber, dueDate</li>
 * <li>ClarificationRequested: reason</li>
 * <li>ClarificationProvided: answer, dueDate</li>
 * <li>InformationRequestForwarded: unit, instruction</li>
 * <li>UnitInputRecorded: unit, input (officers only)</li>
 * <li>NoticeDeadlineExtended: reason, dueDate</li>
 * <li>WrittenNoticeSent: decision, late</li>
 * <li>InformationDelivered: method, deliveredAt (an instant, ISO-8601)</li>
 * <li>DocumentReleased: documentId, fileName</li>
 * <li>ReleasedDocumentWithdrawn: documentId, fileName, reason</li>
 * <li>InformationRequestClosed: (none)</li>
 * <li>InformationRequestWithdrawn: reason (may be absent)</li>
 * <li>NoticeDeadlineMissed: dueDate</li>
 * <li>ObjectionFiled: number, ground, dueDate (the Atasan's answer deadline)</li>
 * <li>ObjectionAnswered: number, outcome, reasons (may be absent), late, disputeWindowEnds</li>
 * <li>ObjectionAnswerDeadlineMissed: number, dueDate, disputeWindowEnds</li>
 * <li>DisputeFiled: commission, caseNumber (may be absent), filedOn</li>
 * <li>DisputeStageRecorded: stage, reachedOn, outcome (may be absent)</li>
 * </ul>
 *
 * @param actor   the officer's user name, or {@code null} when the requester acted themselves or Sigap recorded it
 * @param channel how the requester's own act reached the PPID, when it was theirs; else {@code null}
 * @param visibleToRequester whether the citizen's status page shows it (a unit's internal input is not shown)
 */
public record TimelineEntry(
        String requestId,
        long sequence,
        Instant at,
        String event,
        String actor,
        Channel channel,
        Map<String, String> details,
        boolean visibleToRequester) {

    public TimelineEntry {
        details = Map.copyOf(details);
    }
}

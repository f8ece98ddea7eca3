package id.go.cilegon.sigap.command.informationrequest.api;

import id.go.cilegon.sigap.command.shared.api.Channel;
import id.go.cilegon.sigap.command.shared.api.OfficerId;
import id.go.cilegon.sigap.command.shared.api.calendar.Deadline;
import java.time.Instant;

/**
 * The requester answered and the request resumed. The new due date is carried whole, with the policy it was
 * counted under, so the date promised never moves when the installation's policy or the holiday data changes.
 *
 * @param enteredBy      the officer who entered the answer, or {@code null} when the requester gave it online
 * @param policy         how the waiting time was counted
 * @param noticeDeadline the notice due date from now on: under {@link ClarificationPolicy#PAUSE} the previous one
 *                       moved by the hari kerja waited (listed as an extension of the count), under
 *                       {@link ClarificationPolicy#RESTART} 10 hari kerja after {@code providedAt}
 * @param resumedStatus  the status the request returns to, the one it had before the question
 */
public record ClarificationProvided(
        InformationRequestId requestId,
        String answer,
        Channel channel,
        OfficerId enteredBy,
        Instant providedAt,
        ClarificationPolicy policy,
        Deadline noticeDeadline,
        InformationRequestStatus resumedStatus) implements InformationRequestEvent {
}

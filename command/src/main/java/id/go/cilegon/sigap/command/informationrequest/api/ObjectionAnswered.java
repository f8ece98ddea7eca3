package id.go.cilegon.sigap.command.informationrequest.api;

import id.go.cilegon.sigap.command.shared.api.OfficerId;
import id.go.cilegon.sigap.command.shared.api.calendar.Deadline;
import java.time.Instant;

/**
 * The Atasan PPID answered the keberatan in writing. The answer opens the requester's 14 hari kerja to take the
 * matter to the Komisi Informasi (UU KIP Pasal 37(2)).
 *
 * @param late          whether the answer came after the Atasan's due date
 * @param disputeWindow the last day to file a sengketa
 */
public record ObjectionAnswered(
        InformationRequestId requestId,
        ObjectionNumber objectionNumber,
        ObjectionOutcome outcome,
        String reasons,
        OfficerId answeredBy,
        Instant answeredAt,
        boolean late,
        Deadline disputeWindow) implements InformationRequestEvent {
}

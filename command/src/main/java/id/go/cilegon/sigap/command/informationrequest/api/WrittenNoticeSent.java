package id.go.cilegon.sigap.command.informationrequest.api;

import id.go.cilegon.sigap.command.shared.api.OfficerId;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The <i>pemberitahuan tertulis</i> was sent: the PPID's decision on the request. A late notice is still a notice,
 * but the lateness is part of the record: it counts against the agency in the annual report and opens the
 * keberatan grounds of Pasal 35(1)(c) and (g).
 *
 * @param dueDate the due date the notice was measured against
 * @param late    whether it was sent after {@code dueDate} (on the office's calendar)
 */
public record WrittenNoticeSent(
        InformationRequestId requestId,
        WrittenNotice notice,
        OfficerId sentBy,
        Instant sentAt,
        LocalDate dueDate,
        boolean late) implements InformationRequestEvent {
}

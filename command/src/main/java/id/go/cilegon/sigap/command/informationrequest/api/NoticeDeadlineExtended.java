package id.go.cilegon.sigap.command.informationrequest.api;

import id.go.cilegon.sigap.command.shared.api.OfficerId;
import id.go.cilegon.sigap.command.shared.api.calendar.Deadline;
import java.time.Instant;

/**
 * The PPID used the one extension of UU KIP Pasal 22(8), with written reasons.
 *
 * @param noticeDeadline the new due date, 7 hari kerja after the one it replaces, with the extension listed
 */
public record NoticeDeadlineExtended(
        InformationRequestId requestId,
        String reason,
        OfficerId extendedBy,
        Instant extendedAt,
        Deadline noticeDeadline) implements InformationRequestEvent {
}

package id.go.cilegon.sigap.command.informationrequest.api;

import id.go.cilegon.sigap.command.shared.api.calendar.Deadline;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The Atasan PPID's 30 hari kerja passed without an answer: a breach of UU KIP Pasal 36(2) on the case file. The
 * requester may now go to the Komisi Informasi as if answered on the due date (Perki 1/2013 practice).
 *
 * @param disputeWindow the last day to file a sengketa, 14 hari kerja after {@code dueDate}
 */
public record ObjectionAnswerDeadlineMissed(
        InformationRequestId requestId,
        ObjectionNumber objectionNumber,
        LocalDate dueDate,
        Deadline disputeWindow,
        Instant recordedAt) implements InformationRequestEvent {
}

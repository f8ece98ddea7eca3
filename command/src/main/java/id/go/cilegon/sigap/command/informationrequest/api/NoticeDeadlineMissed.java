package id.go.cilegon.sigap.command.informationrequest.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The notice due date passed without a notice: a breach of UU KIP Pasal 22(7)–(8) on the case file, and the
 * ground of Pasal 35(1)(c) for a keberatan. It is not a decision; the request stays where it was.
 */
public record NoticeDeadlineMissed(
        InformationRequestId requestId,
        LocalDate dueDate,
        Instant recordedAt) implements InformationRequestEvent {
}

package id.go.cilegon.sigap.query.informationrequest.notice.api;

import id.go.cilegon.sigap.command.informationrequest.api.WrittenNotice;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A sent pemberitahuan tertulis with its date and sender.
 *
 * @param sentBy  the officer's user name
 * @param dueDate the due date the notice was measured against
 * @param late    whether it was sent after {@code dueDate}
 */
public record SentNotice(WrittenNotice content, Instant sentAt, String sentBy, LocalDate dueDate,
        boolean late) {
}

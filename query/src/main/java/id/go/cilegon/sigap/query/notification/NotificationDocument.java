package id.go.cilegon.sigap.query.notification;

import id.go.cilegon.sigap.query.notification.api.Notification;
import id.go.cilegon.sigap.query.notification.api.NotificationKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.bson.codecs.pojo.annotations.BsonId;

/**
 * One notification for one audience: a role, narrowed to a unit for a PPID Pelaksana. {@code id} is
 * {@code key + ":" + role (+ ":" + unit)}, so the same event delivered again writes the same document.
 *
 * @param key    {@code requestId:sequence} of the event reported
 * @param readBy the user names of the officers who marked it read
 */
public record NotificationDocument(
        @BsonId String id,
        String key,
        String requestId,
        String registrationNumber,
        NotificationKind kind,
        String role,
        String unit,
        String reference,
        LocalDate dueDate,
        Instant occurredAt,
        List<String> readBy) {

    Notification toView(String username) {
        return new Notification(key, requestId, registrationNumber, kind, reference, dueDate, occurredAt,
                readBy != null && readBy.contains(username));
    }
}

package id.go.cilegon.sigap.query.notification;

import id.go.cilegon.sigap.query.notification.api.CaseType;
import id.go.cilegon.sigap.query.notification.api.Notification;
import id.go.cilegon.sigap.query.notification.api.NotificationKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.bson.codecs.pojo.annotations.BsonId;

/**
 * One notification for one audience: a role, narrowed to a unit for a PPID Pelaksana, or one officer. {@code id}
 * is {@code key + ":" + role (+ ":" + unit)} or {@code key + ":officer:" + officer}, so the same event delivered
 * again writes the same document.
 *
 * @param key       {@code caseId:sequence} of the event reported
 * @param requestId the id of the case reported on: a request's or, with {@code caseType} PENGADUAN, a complaint's
 * @param caseType  {@code null} in notifications written before complaints existed: a request
 * @param readBy    the user names of the officers who marked it read
 */
public record NotificationDocument(
        @BsonId String id,
        String key,
        String requestId,
        CaseType caseType,
        String registrationNumber,
        NotificationKind kind,
        String role,
        String unit,
        String officer,
        String reference,
        LocalDate dueDate,
        Instant occurredAt,
        List<String> readBy) {

    Notification toView(String username) {
        return new Notification(key, caseType == null ? CaseType.PERMOHONAN : caseType, requestId, registrationNumber,
                kind, reference, dueDate, occurredAt, isReadBy(username));
    }

    boolean isReadBy(String username) {
        return readBy != null && readBy.contains(username);
    }
}

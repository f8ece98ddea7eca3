package id.go.cilegon.sigap.query.notification.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One notification as the officer reading it sees it.
 *
 * @param key                the event it reports ({@code caseId:sequence}); the same for every audience
 * @param caseType           whether {@code caseId} is a request's or a complaint's
 * @param registrationNumber the case's number, or {@code null} if its registration was not seen
 * @param reference          the keberatan number or the unit, when the kind has one
 * @param dueDate            the due date the notification is about, when the kind has one
 * @param read               whether this officer has marked it read
 */
public record Notification(
        String key,
        CaseType caseType,
        String caseId,
        String registrationNumber,
        NotificationKind kind,
        String reference,
        LocalDate dueDate,
        Instant occurredAt,
        boolean read) {

    /** Where the officer console shows what the notification is about. */
    public String officerPath() {
        return switch (caseType) {
            case PERMOHONAN -> "/petugas/permohonan/" + caseId;
            case PENGADUAN -> "/petugas/pengaduan/" + caseId;
            case ISU_MEDIA -> "/petugas/isu/" + caseId;
            case INFORMASI -> "/petugas/informasi/" + caseId;
            case OPINI -> "/petugas/opini/peringatan/" + caseId;
        };
    }
}

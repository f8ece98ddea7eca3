package id.go.cilegon.sigap.query.handling.api;

import java.time.Instant;

/**
 * Who handles a case, of any kind, and whether it waits for the Atasan PPID.
 *
 * @param caseId           the request's or complaint's id
 * @param handler          the officer's user name, {@code null} while nobody was assigned
 * @param note             what the handler was asked to do, or {@code null}
 * @param escalationReason why it went up to the Atasan PPID, {@code null} unless it waits for the Atasan now
 */
public record CaseHandler(
        String caseId,
        String handler,
        String note,
        String assignedBy,
        Instant assignedAt,
        String escalationReason,
        String escalatedBy,
        Instant escalatedAt) {

    public boolean escalated() {
        return escalationReason != null;
    }
}

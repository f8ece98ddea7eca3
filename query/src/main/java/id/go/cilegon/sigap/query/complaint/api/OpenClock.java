package id.go.cilegon.sigap.query.complaint.api;

import id.go.cilegon.sigap.command.shared.api.UnitId;
import java.time.LocalDate;

/**
 * One running clock: the verification (unit {@code null}), a unit's follow-up, or the complainant's verdict period
 * (unit {@code null}).
 */
public record OpenClock(String complaintId, String number, DueKind kind, UnitId unit, LocalDate dueDate) {
}

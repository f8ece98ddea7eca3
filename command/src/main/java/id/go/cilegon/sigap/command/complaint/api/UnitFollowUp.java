package id.go.cilegon.sigap.command.complaint.api;

import id.go.cilegon.sigap.command.shared.api.UnitId;
import id.go.cilegon.sigap.command.shared.api.calendar.Deadline;

/** A unit the complaint went to and the date its first follow-up is due. */
public record UnitFollowUp(UnitId unit, Deadline followUpDeadline) {
}

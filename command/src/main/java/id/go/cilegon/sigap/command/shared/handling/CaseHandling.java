package id.go.cilegon.sigap.command.shared.handling;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import id.go.cilegon.sigap.command.shared.api.HandlingRules;
import id.go.cilegon.sigap.command.shared.api.OfficerId;
import id.go.cilegon.sigap.command.shared.api.RuleViolation;

/**
 * Who handles an open case and whether it went up to the Atasan PPID, kept by every kind of case with the same
 * rules. A supervisor or the Atasan assigns a handler; the PPID escalates a case it cannot carry alone, and the
 * case waits for the Atasan until someone assigns it again, which may be to the same officer with new
 * instructions. Visible to Jackson: it is part of the aggregates' snapshots.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
public final class CaseHandling {

    private OfficerId handler;
    private boolean escalated;

    /** Refuses to hand the case to the officer who has it, unless it came back from the Atasan. */
    public void requireNewHandler(OfficerId candidate, Object caseName) {
        if (candidate.equals(handler) && !escalated) {
            throw new RuleViolation(HandlingRules.HANDLER_UNCHANGED, candidate + " already handles " + caseName);
        }
    }

    public void requireNotEscalated(Object caseName) {
        if (escalated) {
            throw new RuleViolation(HandlingRules.ALREADY_ESCALATED, caseName + " already waits for the Atasan PPID");
        }
    }

    public void assigned(OfficerId newHandler) {
        handler = newHandler;
        escalated = false;
    }

    public void escalated() {
        escalated = true;
    }
}

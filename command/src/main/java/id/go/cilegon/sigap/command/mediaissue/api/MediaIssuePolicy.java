package id.go.cilegon.sigap.command.mediaissue.api;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The installation's media clocks, in hari kerja like every other clock: triage after detection, and the
 * response (publication or delivery) after triage, per urgency. No statute sets them (domain brief §4); the
 * defaults follow the brief's suggestions, a krisis being due by the next working day at the latest. Events carry
 * the deadline they started, so a change of policy never moves a promised date.
 */
public record MediaIssuePolicy(int triageWorkingDays, Map<IssueUrgency, Integer> responseWorkingDays) {

    public static final Map<IssueUrgency, Integer> DEFAULT_RESPONSE = Map.of(IssueUrgency.RENDAH, 5,
            IssueUrgency.SEDANG, 3, IssueUrgency.TINGGI, 2, IssueUrgency.KRISIS, 1);

    public MediaIssuePolicy {
        if (triageWorkingDays < 1) {
            throw new IllegalArgumentException("triageWorkingDays must be at least one hari kerja");
        }
        Map<IssueUrgency, Integer> copy = new EnumMap<>(DEFAULT_RESPONSE);
        Objects.requireNonNullElse(responseWorkingDays, Map.<IssueUrgency, Integer>of()).forEach((urgency, days) -> {
            if (days == null || days < 1) {
                throw new IllegalArgumentException("responseWorkingDays." + urgency + " must be at least one hari kerja");
            }
            copy.put(urgency, days);
        });
        responseWorkingDays = Map.copyOf(copy);
    }

    public int responseWorkingDays(IssueUrgency urgency) {
        return responseWorkingDays.get(urgency);
    }
}

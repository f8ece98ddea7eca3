package id.go.cilegon.sigap.command.complaint.api;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The installation's complaint clocks. Verification takes 3 hari kerja and the unit's first follow-up 5 (LAPOR!,
 * domain brief §3.3); a city may set the follow-up per category, and how long the complainant has for a verdict
 * before the case closes without one. Every event carries the deadline it started, so changing the policy never
 * moves a date already promised.
 *
 * @param verificationWorkingDays hari kerja from receipt to a verification decision
 * @param followUpWorkingDays     hari kerja from disposition (or reopening) to the unit's first follow-up, per
 *                                category; a category not listed gets {@code defaultFollowUpWorkingDays}
 * @param feedbackWorkingDays     hari kerja the complainant has for a verdict after the answer
 * @param maxReopenings           how often a "not satisfied" reopens the case; the next one closes it
 */
public record ComplaintPolicy(
        int verificationWorkingDays,
        int defaultFollowUpWorkingDays,
        Map<ComplaintCategory, Integer> followUpWorkingDays,
        int feedbackWorkingDays,
        int maxReopenings) {

    public ComplaintPolicy {
        requirePositive(verificationWorkingDays, "verificationWorkingDays");
        requirePositive(defaultFollowUpWorkingDays, "defaultFollowUpWorkingDays");
        requirePositive(feedbackWorkingDays, "feedbackWorkingDays");
        if (maxReopenings < 0) {
            throw new IllegalArgumentException("maxReopenings must not be negative");
        }
        Map<ComplaintCategory, Integer> copy = new EnumMap<>(ComplaintCategory.class);
        Objects.requireNonNullElse(followUpWorkingDays, Map.<ComplaintCategory, Integer>of()).forEach((category, days) -> {
            requirePositive(days, "followUpWorkingDays." + category);
            copy.put(category, days);
        });
        followUpWorkingDays = Map.copyOf(copy);
    }

    public int followUpWorkingDays(ComplaintCategory category) {
        return followUpWorkingDays.getOrDefault(category, defaultFollowUpWorkingDays);
    }

    private static void requirePositive(int days, String name) {
        if (days < 1) {
            throw new IllegalArgumentException(name + " must be at least one hari kerja");
        }
    }
}

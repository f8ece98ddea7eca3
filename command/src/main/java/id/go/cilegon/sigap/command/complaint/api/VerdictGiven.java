package id.go.cilegon.sigap.command.complaint.api;

import java.time.Instant;

/**
 * The complainant said whether the answer settled the complaint, with a rating from 1 to 5. A satisfied verdict, or
 * one after the last reopening allowed, closes the complaint; otherwise {@link ComplaintReopened} follows.
 */
public record VerdictGiven(
        ComplaintId complaintId,
        boolean satisfied,
        int rating,
        String comment,
        Instant givenAt) implements ComplaintEvent {
}

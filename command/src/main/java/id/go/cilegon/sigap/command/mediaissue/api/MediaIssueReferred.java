package id.go.cilegon.sigap.command.mediaissue.api;

import id.go.cilegon.sigap.command.shared.api.OfficerId;
import java.time.Instant;

/** The issue became a complaint or an information request, registered as {@code caseNumber}. */
public record MediaIssueReferred(
        MediaIssueId mediaIssueId,
        ReferralKind kind,
        String caseId,
        String caseNumber,
        String explanation,
        OfficerId referredBy,
        Instant referredAt) implements MediaIssueEvent {
}

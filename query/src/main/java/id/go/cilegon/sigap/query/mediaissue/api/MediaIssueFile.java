package id.go.cilegon.sigap.query.mediaissue.api;

import id.go.cilegon.sigap.command.mediaissue.api.IssueOrigin;
import id.go.cilegon.sigap.command.mediaissue.api.IssueUrgency;
import id.go.cilegon.sigap.command.mediaissue.api.MediaIssueStatus;
import id.go.cilegon.sigap.command.mediaissue.api.MediaSource;
import id.go.cilegon.sigap.command.mediaissue.api.ReferralKind;
import id.go.cilegon.sigap.command.mediaissue.api.ResponseKind;
import id.go.cilegon.sigap.command.shared.api.Sentiment;
import id.go.cilegon.sigap.command.shared.api.calendar.Deadline;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One media issue's file: what was published, the triage, the clocks, every clarification asked of a unit, every
 * version of the response with its fate, the publication, the monitoring notes and how the issue ended. Holds no
 * personal data: a journalist referred to the PPID is in the permohonan, not here.
 *
 * @param loggedBy         the officer who logged it, or {@code null} for a feed
 * @param triage           the latest triage, or {@code null} before the first
 * @param responseDeadline the response clock, or {@code null} before triage
 * @param drafts           every version of the response, oldest first
 * @param lastSequence     the sequence number of the last event applied
 */
public record MediaIssueFile(
        String mediaIssueId,
        String number,
        MediaIssueStatus status,
        MediaSource source,
        IssueOrigin origin,
        String feed,
        String loggedBy,
        Instant detectedAt,
        Deadline triageDeadline,
        boolean triageDeadlineMissed,
        Triage triage,
        Deadline responseDeadline,
        boolean responseDeadlineMissed,
        List<Clarification> clarifications,
        List<Draft> drafts,
        Publication publication,
        List<Note> monitoring,
        Closure closure,
        CaseLink mergedInto,
        List<Duplicate> duplicates,
        Referral referral,
        long lastSequence) {

    /** @param unit the OPD concerned, or {@code null}; {@code relatedCases} are register numbers */
    public record Triage(String topic, Sentiment sentiment, IssueUrgency urgency, String unit,
            List<String> relatedCases, String triagedBy, Instant triagedAt) {
    }

    /** A question to a unit; {@code answer} {@code null} while it is pending. */
    public record Clarification(String unit, String question, Instant dueAt, String askedBy, Instant askedAt,
            String answer, String answeredBy, Instant answeredAt, boolean late) {

        public boolean pending() {
            return answer == null;
        }
    }

    /** One version of the response; {@code submittedAt} and {@code decision} {@code null} until they happen. */
    public record Draft(int version, ResponseKind kind, String title, String text, String draftedBy,
            Instant draftedAt, Instant submittedAt, Decision decision) {
    }

    public record Decision(boolean approved, String note, String decidedBy, Instant decidedAt) {
    }

    public record Publication(int version, String where, Instant publishedAt, String link, String recordedBy,
            boolean late) {
    }

    public record Note(String text, String notedBy, Instant notedAt) {
    }

    /** {@code responded}: a response went out before it closed. */
    public record Closure(String conclusion, boolean responded, String closedBy, Instant closedAt) {
    }

    public record CaseLink(String mediaIssueId, String number) {
    }

    public record Duplicate(String mediaIssueId, String number, String outlet, String url, Long reach) {
    }

    public record Referral(ReferralKind kind, String caseId, String caseNumber, String explanation,
            String referredBy, Instant referredAt) {
    }

    public Optional<Draft> latestDraft() {
        return drafts.isEmpty() ? Optional.empty() : Optional.of(drafts.get(drafts.size() - 1));
    }

    public List<Clarification> pendingClarifications() {
        return clarifications.stream().filter(Clarification::pending).toList();
    }

    /** The audience of this publication and of every duplicate merged into it, as far as known. */
    public long totalReach() {
        long own = source.reach() == null ? 0 : source.reach();
        return own + duplicates.stream().mapToLong(duplicate -> duplicate.reach() == null ? 0 : duplicate.reach())
                .sum();
    }

    /** The clock running now: triage before it, the response until it is out; {@code null} when none runs. */
    public Optional<Clock> runningClock() {
        if (status.isFinal() || status == MediaIssueStatus.DIPANTAU) {
            return Optional.empty();
        }
        return status == MediaIssueStatus.TERDETEKSI
                ? Optional.of(new Clock(Clock.Kind.TRIASE, triageDeadline.dueDate(), triageDeadlineMissed))
                : Optional.of(new Clock(Clock.Kind.TANGGAPAN, responseDeadline.dueDate(), responseDeadlineMissed));
    }

    /** A running clock: which, its due date, and whether its breach was recorded. */
    public record Clock(Kind kind, LocalDate dueDate, boolean missed) {

        public enum Kind { TRIASE, TANGGAPAN }
    }
}

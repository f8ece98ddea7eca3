package id.go.cilegon.sigap.command.mediaissue.api;

import java.time.Instant;
import java.time.LocalDate;

/** The triage or the response was not done by its due date: a breach on the issue, recorded once per clock. */
public record MediaDeadlineMissed(
        MediaIssueId mediaIssueId,
        Stage stage,
        LocalDate dueDate,
        Instant recordedAt) implements MediaIssueEvent {

    public enum Stage {
        TRIASE,
        TANGGAPAN
    }
}

package id.go.cilegon.sigap.query.opinion.api;

import id.go.cilegon.sigap.command.opinion.api.SignalSource;
import id.go.cilegon.sigap.command.shared.api.Sentiment;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One text the monitor counted: the case it belongs to, what the machine read, what an officer decided, and what
 * counts (the officer's judgement where there is one). Holds no personal data: the excerpt is the case's subject,
 * the requested information or the article's title.
 *
 * @param officer the latest officer's judgement, or {@code null}
 */
public record OpinionSignalView(String caseId, SignalSource source, String number, String channel, LocalDate day,
        Instant at, String excerpt, String kecamatan, String unit, String topic, Sentiment sentiment,
        Machine machine, Judgement officer) {

    /** The analysis: topic with the keywords found, sentiment with its score and the lexicon's words. */
    public record Machine(String topic, List<String> keywords, Sentiment sentiment, double score,
            List<String> evidence) {
    }

    /**
     * @param topic {@code null} when the officer judged the sentiment only (a triage topic outside the taxonomy)
     * @param via   KOREKSI for a correction on the monitor, TRIASE for a media issue's triage
     */
    public record Judgement(String topic, Sentiment sentiment, String by, Instant at, String reason, String via) {
    }
}

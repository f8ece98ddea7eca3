package id.go.cilegon.sigap.command.opinion.api;

import id.go.cilegon.sigap.command.shared.api.OfficerId;
import id.go.cilegon.sigap.command.shared.api.Sentiment;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * An officer's correction of the machine's reading of a case's text: the topic (a code of the topic taxonomy, which
 * the web layer checks) and the sentiment. It wins over the analysis from then on.
 *
 * @param reason why, optional
 */
public record CorrectOpinion(
        @TargetAggregateIdentifier OpinionSignalId signalId,
        SignalSource source,
        String caseId,
        String topic,
        Sentiment sentiment,
        String reason,
        OfficerId correctedBy) {

    public CorrectOpinion {
        Objects.requireNonNull(signalId, "signalId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sentiment, "sentiment");
        Objects.requireNonNull(correctedBy, "correctedBy");
        if (caseId == null || caseId.isBlank() || topic == null || topic.isBlank()) {
            throw new IllegalArgumentException("A correction names its case and a topic");
        }
        if (!signalId.equals(OpinionSignalId.forCase(caseId))) {
            throw new IllegalArgumentException("The signal " + signalId + " is not the one of case " + caseId);
        }
    }
}

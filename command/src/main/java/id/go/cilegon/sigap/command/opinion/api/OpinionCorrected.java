package id.go.cilegon.sigap.command.opinion.api;

import id.go.cilegon.sigap.command.shared.api.DomainEvent;
import id.go.cilegon.sigap.command.shared.api.OfficerId;
import id.go.cilegon.sigap.command.shared.api.Sentiment;
import java.time.Instant;

/** An officer set the topic and sentiment of a case's text; the opinion read models take it over the machine's. */
public record OpinionCorrected(
        OpinionSignalId signalId,
        SignalSource source,
        String caseId,
        String topic,
        Sentiment sentiment,
        String reason,
        OfficerId correctedBy,
        Instant correctedAt) implements DomainEvent {
}

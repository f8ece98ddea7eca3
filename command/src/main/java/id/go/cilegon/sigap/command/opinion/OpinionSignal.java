package id.go.cilegon.sigap.command.opinion;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import id.go.cilegon.sigap.command.opinion.api.CorrectOpinion;
import id.go.cilegon.sigap.command.opinion.api.OpinionCorrected;
import id.go.cilegon.sigap.command.opinion.api.OpinionRules;
import id.go.cilegon.sigap.command.opinion.api.OpinionSignalId;
import id.go.cilegon.sigap.command.shared.api.RuleViolation;
import id.go.cilegon.sigap.command.shared.api.Sentiment;
import java.time.Clock;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * The officers' judgement of one case's text for the public-opinion monitor (issue 6, ADR 0017). The machine's
 * reading lives only in the read models, because it is recomputed whenever the taxonomy or the lexicon changes;
 * what an officer decides is a fact, so it is an event, and it wins over the machine. Created by the first
 * correction; a correction that changes nothing is refused, so the history shows only decisions.
 */
@Aggregate
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
public class OpinionSignal {

    @AggregateIdentifier
    private OpinionSignalId signalId;
    private String topic;
    private Sentiment sentiment;

    protected OpinionSignal() {
        // Axon creates the aggregate empty for the first correction and rebuilds it from its events.
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(CorrectOpinion command, Clock clock) {
        String correctedTopic = command.topic().strip();
        if (correctedTopic.equals(topic) && command.sentiment() == sentiment) {
            throw new RuleViolation(OpinionRules.UNCHANGED, "The signal of " + command.caseId()
                    + " already reads " + topic + " / " + sentiment);
        }
        String reason = command.reason() == null || command.reason().isBlank() ? null : command.reason().strip();
        apply(new OpinionCorrected(command.signalId(), command.source(), command.caseId(), correctedTopic,
                command.sentiment(), reason, command.correctedBy(), clock.instant()));
    }

    @EventSourcingHandler
    void on(OpinionCorrected event) {
        signalId = event.signalId();
        topic = event.topic();
        sentiment = event.sentiment();
    }
}

package id.go.cilegon.sigap.command.opinion;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import id.go.cilegon.sigap.command.opinion.api.OpinionAlertId;
import id.go.cilegon.sigap.command.opinion.api.OpinionAlertRaised;
import id.go.cilegon.sigap.command.opinion.api.RaiseOpinionAlert;
import java.time.Clock;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A spike of negative opinion the supervisors were alerted to (issue 6, ADR 0017). The opinion read models find
 * spikes; the alert watch raises them here, so the alert is a fact with a time, and the notification follows from
 * the event like every other. Raising the same spike again, from a second node or a second look, adds nothing.
 */
@Aggregate
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
public class OpinionAlert {

    @AggregateIdentifier
    private OpinionAlertId alertId;

    protected OpinionAlert() {
        // Axon creates the aggregate empty for the first report and rebuilds it from its event.
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RaiseOpinionAlert command, Clock clock) {
        if (alertId != null) {
            return;
        }
        apply(new OpinionAlertRaised(command.alertId(), command.day(), command.dimension(), command.value(),
                command.negative(), command.baselinePerDay(), clock.instant()));
    }

    @EventSourcingHandler
    void on(OpinionAlertRaised event) {
        alertId = event.alertId();
    }
}

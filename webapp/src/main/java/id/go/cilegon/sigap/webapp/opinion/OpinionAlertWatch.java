package id.go.cilegon.sigap.webapp.opinion;

import id.go.cilegon.sigap.command.opinion.api.OpinionAlertId;
import id.go.cilegon.sigap.command.opinion.api.RaiseOpinionAlert;
import id.go.cilegon.sigap.query.opinion.api.ListOpinionAlerts;
import id.go.cilegon.sigap.query.opinion.api.OpinionAlertView;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Raises the spikes the opinion read models found, so that each becomes an event and a notification for the
 * supervisors and media officers. Every node may run it: the alert aggregate raises a spike once and answers a
 * repeated report with no event.
 */
@Component
class OpinionAlertWatch {

    private static final Logger log = LoggerFactory.getLogger(OpinionAlertWatch.class);

    private final QueryGateway queries;
    private final CommandGateway commands;

    OpinionAlertWatch(QueryGateway queries, CommandGateway commands) {
        this.queries = queries;
        this.commands = commands;
    }

    /** @return how many alerts were raised */
    @Scheduled(fixedDelayString = "${sigap.opinion.alert-interval:PT1M}",
            initialDelayString = "${sigap.opinion.alert-interval:PT1M}")
    int raiseFoundSpikes() {
        List<OpinionAlertView> found = queries.query(new ListOpinionAlerts(null, true),
                ResponseTypes.multipleInstancesOf(OpinionAlertView.class)).join();
        int raised = 0;
        for (OpinionAlertView alert : found) {
            try {
                commands.sendAndWait(new RaiseOpinionAlert(OpinionAlertId.of(alert.alertId()), alert.day(),
                        alert.dimension(), alert.value(), alert.negative(), alert.baselinePerDay()));
                raised++;
            } catch (RuntimeException e) {
                log.warn("Could not raise the opinion alert {}; the next check retries", alert.alertId(), e);
            }
        }
        return raised;
    }
}

package id.go.cilegon.sigap.webapp.informationlist;

import id.go.cilegon.sigap.command.informationlist.api.InformationListRules;
import id.go.cilegon.sigap.command.informationlist.api.ListedInformationId;
import id.go.cilegon.sigap.command.informationlist.api.ListedInformationStatus;
import id.go.cilegon.sigap.command.informationlist.api.RecordExemptionEnded;
import id.go.cilegon.sigap.command.informationlist.api.RecordExemptionReviewDue;
import id.go.cilegon.sigap.command.shared.calendar.WorkingDayCalendar;
import id.go.cilegon.sigap.query.informationlist.api.ListListedInformation;
import id.go.cilegon.sigap.query.informationlist.api.ListedInformationEntry;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Watches the exemptions in force: one that ends within {@link InformationListRules#REVIEW_LEAD} is recorded as due
 * for a new consequence test (and so reaches the PPID's and the Atasan's notifications), and one whose period ran out
 * is recorded as ended, which opens the information (UU KIP Pasal 20). Every node may run it: the aggregate records
 * each of them once and answers a repeated report with no event.
 */
@Component
class ExemptionWatch {

    private static final Logger log = LoggerFactory.getLogger(ExemptionWatch.class);

    private final QueryGateway queries;
    private final CommandGateway commands;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    ExemptionWatch(QueryGateway queries, CommandGateway commands, WorkingDayCalendar calendar, Clock clock) {
        this.queries = queries;
        this.commands = commands;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** @return how many exemptions were acted on */
    @Scheduled(fixedDelayString = "${sigap.deadlines.check-interval:PT1M}",
            initialDelayString = "${sigap.deadlines.check-interval:PT1M}")
    int actOnEndingExemptions() {
        LocalDate today = LocalDate.now(clock.withZone(calendar.zone()));
        List<ListedInformationEntry> exempt = queries.query(ListListedInformation.of(
                        ListedInformationStatus.DIKECUALIKAN),
                ResponseTypes.multipleInstancesOf(ListedInformationEntry.class)).join();
        int acted = 0;
        for (ListedInformationEntry entry : exempt) {
            LocalDate endsOn = entry.exemption().endsOn();
            Object command = !today.isBefore(endsOn) ? new RecordExemptionEnded(ListedInformationId.of(entry.id()))
                    : !entry.reviewDue() && !today.isBefore(endsOn.minus(InformationListRules.REVIEW_LEAD))
                    ? new RecordExemptionReviewDue(ListedInformationId.of(entry.id())) : null;
            if (command == null) {
                continue;
            }
            try {
                commands.sendAndWait(command);
                acted++;
            } catch (RuntimeException e) {
                log.warn("Could not record the end or review of {}'s exemption; the next check retries",
                        entry.number(), e);
            }
        }
        return acted;
    }
}

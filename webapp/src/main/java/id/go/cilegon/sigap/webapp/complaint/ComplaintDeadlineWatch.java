package id.go.cilegon.sigap.webapp.complaint;

import id.go.cilegon.sigap.command.complaint.api.CloseWithoutFeedback;
import id.go.cilegon.sigap.command.complaint.api.ComplaintId;
import id.go.cilegon.sigap.command.complaint.api.RecordFollowUpDeadlineMissed;
import id.go.cilegon.sigap.command.complaint.api.RecordVerificationDeadlineMissed;
import id.go.cilegon.sigap.command.shared.calendar.WorkingDayCalendar;
import id.go.cilegon.sigap.query.complaint.api.ListOpenClocks;
import id.go.cilegon.sigap.query.complaint.api.OpenClock;
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
 * Acts on complaint clocks that ran out: a missed verification or follow-up goes into the case file as a breach, a
 * verdict period that passed closes the complaint without feedback. The due dates live in the events and the read
 * model, so nothing is lost on a restart; every node may run this watch, because the aggregate records each breach
 * once and answers a repeated report with no event.
 */
@Component
class ComplaintDeadlineWatch {

    private static final Logger log = LoggerFactory.getLogger(ComplaintDeadlineWatch.class);

    private final QueryGateway queries;
    private final CommandGateway commands;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    ComplaintDeadlineWatch(QueryGateway queries, CommandGateway commands, WorkingDayCalendar calendar, Clock clock) {
        this.queries = queries;
        this.commands = commands;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** @return how many clocks were acted on */
    @Scheduled(fixedDelayString = "${sigap.deadlines.check-interval:PT1M}",
            initialDelayString = "${sigap.deadlines.check-interval:PT1M}")
    int actOnPassedDeadlines() {
        LocalDate today = LocalDate.now(clock.withZone(calendar.zone()));
        List<OpenClock> passed = queries.query(new ListOpenClocks(),
                        ResponseTypes.multipleInstancesOf(OpenClock.class)).join().stream()
                .filter(open -> today.isAfter(open.dueDate()))
                .toList();
        int acted = 0;
        for (OpenClock open : passed) {
            ComplaintId id = ComplaintId.of(open.complaintId());
            Object command = switch (open.kind()) {
                case VERIFIKASI -> new RecordVerificationDeadlineMissed(id);
                case TINDAK_LANJUT -> new RecordFollowUpDeadlineMissed(id, open.unit());
                case UMPAN_BALIK -> new CloseWithoutFeedback(id);
            };
            try {
                commands.sendAndWait(command);
                acted++;
            } catch (RuntimeException e) {
                log.warn("Could not act on the passed {} deadline of {}; the next check retries", open.kind(),
                        open.number(), e);
            }
        }
        return acted;
    }
}

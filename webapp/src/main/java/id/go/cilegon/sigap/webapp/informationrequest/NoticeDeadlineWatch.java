package id.go.cilegon.sigap.webapp.informationrequest;

import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestId;
import id.go.cilegon.sigap.command.informationrequest.api.RecordNoticeDeadlineMissed;
import id.go.cilegon.sigap.command.shared.calendar.WorkingDayCalendar;
import id.go.cilegon.sigap.query.informationrequest.api.ListOpenRequests;
import id.go.cilegon.sigap.query.informationrequest.api.OpenRequest;
import id.go.cilegon.sigap.query.informationrequest.api.RequestQueue;
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
 * Records the breach when a written notice is overdue. The due dates live in the events and the queue read
 * model, so nothing is lost on a restart; every node may run this watch, because the aggregate records the breach
 * once and answers a repeated report with no event (a race between nodes ends in a concurrency retry and a no-op).
 */
@Component
class NoticeDeadlineWatch {

    private static final Logger log = LoggerFactory.getLogger(NoticeDeadlineWatch.class);

    private final QueryGateway queries;
    private final CommandGateway commands;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    NoticeDeadlineWatch(QueryGateway queries, CommandGateway commands, WorkingDayCalendar calendar, Clock clock) {
        this.queries = queries;
        this.commands = commands;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** @return how many breaches were reported */
    @Scheduled(fixedDelayString = "${sigap.deadlines.check-interval:PT1M}",
            initialDelayString = "${sigap.deadlines.check-interval:PT1M}")
    int reportMissedNotices() {
        LocalDate today = LocalDate.now(clock.withZone(calendar.zone()));
        List<OpenRequest> overdue = queries.query(new ListOpenRequests(null, null, null, today.minusDays(1), 0, 0),
                        ResponseTypes.instanceOf(RequestQueue.class)).join().requests().stream()
                .filter(request -> request.noticeClockRunning() && !request.noticeDeadlineMissed())
                .toList();
        int reported = 0;
        for (OpenRequest request : overdue) {
            try {
                commands.sendAndWait(new RecordNoticeDeadlineMissed(InformationRequestId.of(request.requestId())));
                reported++;
            } catch (RuntimeException e) {
                log.warn("Could not record the missed notice deadline of {}; the next check retries",
                        request.registrationNumber(), e);
            }
        }
        return reported;
    }
}

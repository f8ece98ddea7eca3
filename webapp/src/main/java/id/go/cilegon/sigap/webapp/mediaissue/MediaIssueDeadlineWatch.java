package id.go.cilegon.sigap.webapp.mediaissue;

import id.go.cilegon.sigap.command.mediaissue.api.MediaIssueId;
import id.go.cilegon.sigap.command.mediaissue.api.RecordMediaDeadlineMissed;
import id.go.cilegon.sigap.command.shared.calendar.WorkingDayCalendar;
import id.go.cilegon.sigap.query.mediaissue.api.ListMediaIssues;
import id.go.cilegon.sigap.query.mediaissue.api.MediaIssueFile;
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
 * Records the triage and response clocks of media issues that ran out, as breaches on the issue (and so in the
 * supervisors' notifications). The due dates live in the events and the read model; every node may run this
 * watch, because the aggregate records each breach once and answers a repeated report with no event.
 */
@Component
class MediaIssueDeadlineWatch {

    private static final Logger log = LoggerFactory.getLogger(MediaIssueDeadlineWatch.class);

    private final QueryGateway queries;
    private final CommandGateway commands;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    MediaIssueDeadlineWatch(QueryGateway queries, CommandGateway commands, WorkingDayCalendar calendar, Clock clock) {
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
        List<MediaIssueFile> passed = queries.query(ListMediaIssues.open(),
                        ResponseTypes.multipleInstancesOf(MediaIssueFile.class)).join().stream()
                .filter(file -> file.runningClock().filter(running -> !running.missed())
                        .filter(running -> today.isAfter(running.dueDate())).isPresent())
                .toList();
        int acted = 0;
        for (MediaIssueFile file : passed) {
            try {
                commands.sendAndWait(new RecordMediaDeadlineMissed(MediaIssueId.of(file.mediaIssueId())));
                acted++;
            } catch (RuntimeException e) {
                log.warn("Could not record the passed deadline of {}; the next check retries", file.number(), e);
            }
        }
        return acted;
    }
}

package id.go.cilegon.sigap.webapp.mediaissue;

import id.go.cilegon.sigap.command.mediaissue.api.MediaIssueId;
import id.go.cilegon.sigap.command.mediaissue.api.RecordMediaDeadlineMissed;
import id.go.cilegon.sigap.query.mediaissue.api.ListMediaIssues;
import id.go.cilegon.sigap.query.mediaissue.api.MediaIssueFile;
import id.go.cilegon.sigap.webapp.shared.Watches;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Records the triage and response clocks of media issues that ran out, as breaches on the issue (and so in the
 * supervisors' notifications). The due dates live in the events and the read model; every node may run this
 * watch, because the aggregate records each breach once and answers a repeated report with no event.
 */
@Component
class MediaIssueDeadlineWatch {

    private final Watches watches;

    MediaIssueDeadlineWatch(Watches watches) {
        this.watches = watches;
    }

    /** @return how many clocks were acted on */
    @Scheduled(fixedDelayString = "${sigap.deadlines.check-interval:PT1M}",
            initialDelayString = "${sigap.deadlines.check-interval:PT1M}")
    int actOnPassedDeadlines() {
        LocalDate today = watches.today();
        List<MediaIssueFile> passed = watches.ask(ListMediaIssues.open(),
                        ResponseTypes.multipleInstancesOf(MediaIssueFile.class)).stream()
                .filter(file -> file.runningClock().filter(running -> !running.missed())
                        .filter(running -> today.isAfter(running.dueDate())).isPresent())
                .toList();
        return watches.report(passed, file -> new RecordMediaDeadlineMissed(MediaIssueId.of(file.mediaIssueId())),
                MediaIssueFile::number);
    }
}

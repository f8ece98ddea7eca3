package id.go.cilegon.sigap.webapp.informationrequest;

import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestId;
import id.go.cilegon.sigap.command.informationrequest.api.RecordNoticeDeadlineMissed;
import id.go.cilegon.sigap.query.informationrequest.api.ListOpenRequests;
import id.go.cilegon.sigap.query.informationrequest.api.OpenRequest;
import id.go.cilegon.sigap.query.informationrequest.api.RequestQueue;
import id.go.cilegon.sigap.webapp.shared.Watches;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Records the breach when a written notice is overdue. The due dates live in the events and the queue read
 * model, so nothing is lost on a restart; every node may run this watch, because the aggregate records the breach
 * once and answers a repeated report with no event (a race between nodes ends in a concurrency retry and a no-op).
 */
@Component
class NoticeDeadlineWatch {

    private final Watches watches;

    NoticeDeadlineWatch(Watches watches) {
        this.watches = watches;
    }

    /** @return how many breaches were reported */
    @Scheduled(fixedDelayString = "${sigap.deadlines.check-interval:PT1M}",
            initialDelayString = "${sigap.deadlines.check-interval:PT1M}")
    int reportMissedNotices() {
        List<OpenRequest> overdue = watches.ask(new ListOpenRequests(null, null, null, watches.today().minusDays(1),
                        0, 0), ResponseTypes.instanceOf(RequestQueue.class)).requests().stream()
                .filter(request -> request.noticeClockRunning() && !request.noticeDeadlineMissed())
                .toList();
        return watches.report(overdue, request -> new RecordNoticeDeadlineMissed(
                InformationRequestId.of(request.requestId())), OpenRequest::registrationNumber);
    }
}

package id.go.cilegon.sigap.webapp.complaint;

import id.go.cilegon.sigap.command.complaint.api.CloseWithoutFeedback;
import id.go.cilegon.sigap.command.complaint.api.ComplaintId;
import id.go.cilegon.sigap.command.complaint.api.RecordFollowUpDeadlineMissed;
import id.go.cilegon.sigap.command.complaint.api.RecordVerificationDeadlineMissed;
import id.go.cilegon.sigap.query.complaint.api.ListOpenClocks;
import id.go.cilegon.sigap.query.complaint.api.OpenClock;
import id.go.cilegon.sigap.webapp.shared.Watches;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
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

    private final Watches watches;

    ComplaintDeadlineWatch(Watches watches) {
        this.watches = watches;
    }

    /** @return how many clocks were acted on */
    @Scheduled(fixedDelayString = "${sigap.deadlines.check-interval:PT1M}",
            initialDelayString = "${sigap.deadlines.check-interval:PT1M}")
    int actOnPassedDeadlines() {
        LocalDate today = watches.today();
        List<OpenClock> passed = watches.ask(new ListOpenClocks(), ResponseTypes.multipleInstancesOf(OpenClock.class))
                .stream().filter(open -> today.isAfter(open.dueDate())).toList();
        return watches.report(passed, open -> {
            ComplaintId id = ComplaintId.of(open.complaintId());
            return switch (open.kind()) {
                case VERIFIKASI -> new RecordVerificationDeadlineMissed(id);
                case TINDAK_LANJUT -> new RecordFollowUpDeadlineMissed(id, open.unit());
                case UMPAN_BALIK -> new CloseWithoutFeedback(id);
            };
        }, OpenClock::number);
    }
}

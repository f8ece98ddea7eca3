package id.go.cilegon.sigap.webapp.informationrequest;

import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestId;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestRules;
import id.go.cilegon.sigap.command.informationrequest.api.RecordObjectionAnswerDeadlineMissed;
import id.go.cilegon.sigap.query.informationrequest.deadline.api.ListOverdueObjections;
import id.go.cilegon.sigap.query.informationrequest.deadline.api.OpenObjection;
import id.go.cilegon.sigap.webapp.shared.Watches;
import java.util.List;
import java.util.Set;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Records the breach when the Atasan PPID has not answered a keberatan within 30 hari kerja (UU KIP Pasal 36(2)),
 * as {@link NoticeDeadlineWatch} does for the written notice (ADR 0007). Every node may run it: the aggregate
 * records the breach once and answers a repeat, or a keberatan answered meanwhile, with no event; its refusal
 * "no keberatan" means the same, nothing to record. The read model catches up and stops listing the keberatan.
 */
@Component
class ObjectionAnswerDeadlineWatch {

    private final Watches watches;

    ObjectionAnswerDeadlineWatch(Watches watches) {
        this.watches = watches;
    }

    /** @return how many breaches were reported */
    @Scheduled(fixedDelayString = "${sigap.deadlines.check-interval:PT1M}",
            initialDelayString = "${sigap.deadlines.check-interval:PT1M}")
    int reportMissedAnswers() {
        List<OpenObjection> overdue = watches.ask(new ListOverdueObjections(watches.today()),
                ResponseTypes.multipleInstancesOf(OpenObjection.class));
        return watches.report(overdue, objection -> new RecordObjectionAnswerDeadlineMissed(
                        InformationRequestId.of(objection.requestId())), OpenObjection::objectionNumber,
                Set.of(InformationRequestRules.NO_OPEN_OBJECTION));
    }
}

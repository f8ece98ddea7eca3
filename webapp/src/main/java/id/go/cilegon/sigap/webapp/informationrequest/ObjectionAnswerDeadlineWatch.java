package id.go.cilegon.sigap.webapp.informationrequest;

import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestId;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestRules;
import id.go.cilegon.sigap.command.informationrequest.api.RecordObjectionAnswerDeadlineMissed;
import id.go.cilegon.sigap.command.shared.api.RuleViolation;
import id.go.cilegon.sigap.command.shared.calendar.WorkingDayCalendar;
import id.go.cilegon.sigap.query.informationrequest.deadline.api.ListOverdueObjections;
import id.go.cilegon.sigap.query.informationrequest.deadline.api.OpenObjection;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

    private static final Logger log = LoggerFactory.getLogger(ObjectionAnswerDeadlineWatch.class);

    private final QueryGateway queries;
    private final CommandGateway commands;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    ObjectionAnswerDeadlineWatch(QueryGateway queries, CommandGateway commands, WorkingDayCalendar calendar,
            Clock clock) {
        this.queries = queries;
        this.commands = commands;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** @return how many breaches were reported */
    @Scheduled(fixedDelayString = "${sigap.deadlines.check-interval:PT1M}",
            initialDelayString = "${sigap.deadlines.check-interval:PT1M}")
    int reportMissedAnswers() {
        LocalDate today = LocalDate.now(clock.withZone(calendar.zone()));
        List<OpenObjection> overdue = queries.query(new ListOverdueObjections(today),
                ResponseTypes.multipleInstancesOf(OpenObjection.class)).join();
        int reported = 0;
        for (OpenObjection objection : overdue) {
            try {
                commands.sendAndWait(new RecordObjectionAnswerDeadlineMissed(
                        InformationRequestId.of(objection.requestId())));
                reported++;
            } catch (RuntimeException e) {
                if (ruleViolation(e).filter(v -> InformationRequestRules.NO_OPEN_OBJECTION.equals(v.code()))
                        .isPresent()) {
                    log.debug("No keberatan {} to record a breach for; nothing to do", objection.objectionNumber());
                } else {
                    log.warn("Could not record the missed answer deadline of keberatan {}; the next check retries",
                            objection.objectionNumber(), e);
                }
            }
        }
        return reported;
    }

    private static Optional<RuleViolation> ruleViolation(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof RuleViolation violation) {
                return Optional.of(violation);
            }
        }
        return Optional.empty();
    }
}

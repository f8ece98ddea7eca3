package id.go.cilegon.sigap.webapp.shared;

import id.go.cilegon.sigap.command.shared.api.RuleViolation;
import id.go.cilegon.sigap.command.shared.calendar.WorkingDayCalendar;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What every deadline watch does (ADR 0007): takes the office's date, asks a read model which clocks ran out, and
 * sends each its report, one at a time. A report that fails is logged and left to the next check. The aggregates
 * record each breach once and answer a repeated report with no event, so every node may run every watch.
 */
@Component
public class Watches {

    private static final Logger log = LoggerFactory.getLogger(Watches.class);

    private final QueryGateway queries;
    private final CommandGateway commands;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    public Watches(QueryGateway queries, CommandGateway commands, WorkingDayCalendar calendar, Clock clock) {
        this.queries = queries;
        this.commands = commands;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** Today on the office's calendar. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(calendar.zone()));
    }

    /** A read model's answer, waited for: the watches run on the scheduler's thread, not on Netty's. */
    public <R> R ask(Object query, ResponseType<R> type) {
        return queries.query(query, type).join();
    }

    /**
     * Sends {@code report} of each of {@code due}; the number the aggregates took. A refusal with one of
     * {@code nothingToDo}'s rule codes means the clock stopped meanwhile: logged quietly, as nothing left to do.
     *
     * @param name the case's number, for the log
     */
    public <T> int report(List<T> due, Function<T, Object> report, Function<T, String> name,
            Set<String> nothingToDo) {
        int reported = 0;
        for (T clock : due) {
            Object command = report.apply(clock);
            try {
                commands.sendAndWait(command);
                reported++;
            } catch (RuntimeException e) {
                if (Causes.find(e, RuleViolation.class).filter(refusal -> nothingToDo.contains(refusal.code()))
                        .isPresent()) {
                    log.debug("{} of {}: nothing to do any more", command.getClass().getSimpleName(),
                            name.apply(clock));
                } else {
                    log.warn("Could not send {} of {}; the next check retries", command.getClass().getSimpleName(),
                            name.apply(clock), e);
                }
            }
        }
        return reported;
    }

    /** {@link #report(List, Function, Function, Set)} where every refusal is worth a warning. */
    public <T> int report(List<T> due, Function<T, Object> report, Function<T, String> name) {
        return report(due, report, name, Set.of());
    }
}

package id.go.cilegon.sigap.infra.axon;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.ExponentialBackOffIntervalRetryScheduler;
import org.axonframework.commandhandling.gateway.RetryScheduler;
import org.axonframework.modelling.command.ConcurrencyException;

/**
 * Tries a command again when it lost a race on the event store: another node appended to the same aggregate between
 * this node's load and its append, and the unique stream key refused the second event at that place (a
 * {@link ConcurrencyException}, ADR 0001). Nothing of the losing append stays written, so the command may run
 * again; it loads the aggregate afresh and its rules judge it against what the other officer did: it is refused
 * with the rule it now breaks, or it succeeds when both acts may stand. Every other failure is final at once —
 * a refused rule in particular is not asked again.
 *
 * <p>On one node the aggregate's lock already serialises two commands on one case, so the loser meets the winner's
 * state and its rules directly; this retry is for several nodes on one database (ADR 0020). A creation race (an
 * {@link org.axonframework.modelling.command.AggregateStreamCreationException}) is not retried: the case then
 * exists, and trying to create it again cannot succeed.
 */
public final class ConcurrentChangeRetry implements RetryScheduler, AutoCloseable {

    private final ScheduledExecutorService executor;
    private final RetryScheduler scheduler;

    /**
     * @param retries       how often a command that lost a race is tried again
     * @param backoffMillis the wait before the first retry, doubled before each next one
     */
    public ConcurrentChangeRetry(int retries, long backoffMillis) {
        this.executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "command-retry");
            thread.setDaemon(true);
            return thread;
        });
        this.scheduler = ExponentialBackOffIntervalRetryScheduler.builder()
                .retryExecutor(executor)
                .maxRetryCount(retries)
                .backoffFactor(backoffMillis)
                // Which failures are retried is decided in scheduleRetry: Axon's predicate would be asked of every
                // cause in the chain, and the store's own exception under a ConcurrencyException is not one.
                .nonTransientFailurePredicate(failure -> false)
                .build();
    }

    /** Whether {@code failure} is, or was caused by, a lost race on an aggregate's stream. */
    public static boolean isConcurrentChange(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConcurrencyException) {
                return true;
            }
        }
        return false;
    }

    @Override
    @SuppressWarnings("rawtypes") // Axon's interface declares the raw type
    public boolean scheduleRetry(CommandMessage commandMessage, RuntimeException lastFailure,
            List<Class<? extends Throwable>[]> failures, Runnable commandDispatch) {
        return isConcurrentChange(lastFailure)
                && scheduler.scheduleRetry(commandMessage, lastFailure, failures, commandDispatch);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}

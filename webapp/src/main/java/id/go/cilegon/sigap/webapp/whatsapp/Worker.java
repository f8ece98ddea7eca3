package id.go.cilegon.sigap.webapp.whatsapp;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One thread that drains a queue: woken at once when work is added on this node, and every {@code interval}
 * besides, for work added on other nodes or waiting for its retry. Drains never overlap, so one node handles one
 * item at a time in order.
 */
final class Worker implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Worker.class);

    private final ScheduledExecutorService thread;
    private final Runnable drain;
    private final AtomicBoolean woken = new AtomicBoolean();
    private final boolean enabled;

    /** @param enabled when {@code false} (the bridge is off) the worker neither starts nor wakes */
    Worker(String name, boolean enabled, Runnable drain) {
        this.thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread worker = new Thread(runnable, name);
            worker.setDaemon(true);
            return worker;
        });
        this.drain = drain;
        this.enabled = enabled;
    }

    void start(Duration interval) {
        if (!enabled) {
            return;
        }
        thread.scheduleWithFixedDelay(this::run, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Drains soon; several wake-ups before it runs make one drain. */
    void wake() {
        if (enabled && woken.compareAndSet(false, true)) {
            thread.execute(() -> {
                woken.set(false);
                run();
            });
        }
    }

    /**
     * Claims each ready item and handles it, and looks again as long as a pass moved anything out of the queue.
     *
     * @param handle whether the claimed item left the queue
     */
    static <I, C> void drainUntilIdle(Supplier<List<I>> ready, Function<I, Optional<C>> claim,
            Predicate<C> handle) {
        boolean progress = true;
        while (progress) {
            progress = false;
            for (I item : ready.get()) {
                Optional<C> claimed = claim.apply(item);
                if (claimed.isPresent()) {
                    progress |= handle.test(claimed.get());
                }
            }
        }
    }

    private void run() {
        try {
            drain.run();
        } catch (RuntimeException e) {
            log.warn("{} failed; it tries again at its next turn", Thread.currentThread().getName(), e);
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
        try {
            thread.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

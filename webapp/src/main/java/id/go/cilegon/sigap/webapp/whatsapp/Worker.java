package id.go.cilegon.sigap.webapp.whatsapp;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
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

    Worker(String name, Runnable drain) {
        this.thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread worker = new Thread(runnable, name);
            worker.setDaemon(true);
            return worker;
        });
        this.drain = drain;
    }

    void start(Duration interval) {
        thread.scheduleWithFixedDelay(this::run, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Drains soon; several wake-ups before it runs make one drain. */
    void wake() {
        if (woken.compareAndSet(false, true)) {
            thread.execute(() -> {
                woken.set(false);
                run();
            });
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

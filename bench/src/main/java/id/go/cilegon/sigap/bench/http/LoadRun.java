package id.go.cilegon.sigap.bench.http;

import id.go.cilegon.sigap.bench.Corpus;
import id.go.cilegon.sigap.bench.Latency;
import id.go.cilegon.sigap.bench.Report;
import id.go.cilegon.sigap.bench.Settings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongConsumer;

/**
 * The realistic mix over HTTP against a running Sigap, in two ways.
 *
 * <p><b>Sustained</b> (closed loop): citizens register and look at a status page, each as soon as the previous answer
 * came, while officers work through what they find in the queue; this is the most Sigap sustains. <b>Paced</b> (open
 * loop): registrations, status views and officer actions are offered at fixed rates whatever Sigap answers, and each
 * latency runs from when the exchange was due, so a Sigap falling behind shows as latency rather than as a slower
 * client. In both, the queues are read once a second and a dashboard every five seconds (each after the previous read
 * of its kind has finished).
 */
public final class LoadRun {

    private final Settings settings;
    private final Corpus corpus;
    private final String baseUrl;
    private final StoreCommands storeCommands;

    public LoadRun(Settings settings, Corpus corpus, String baseUrl) {
        this.settings = settings;
        this.corpus = corpus;
        this.baseUrl = baseUrl;
        this.storeCommands = new StoreCommands(baseUrl);
    }

    /** Closed loop for {@code duration}; returns what was measured. */
    public Result sustained(Duration duration) {
        Operations operations = operations();
        long commandsBefore = storeCommands.sent();
        List<Web> officers = officers();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService threads = Executors.newFixedThreadPool(settings.citizens() + officers.size() + 2);
        for (int c = 0; c < settings.citizens(); c++) {
            Random random = new Random(1_000 + c);
            threads.execute(() -> {
                while (running.get()) {
                    operations.register(random, System.nanoTime());
                    if (random.nextDouble() < Settings.STATUS_VIEWS_PER_REGISTRATION) {
                        operations.viewStatus(random, System.nanoTime());
                    }
                }
            });
        }
        for (Web officer : officers) {
            threads.execute(() -> {
                while (running.get()) {
                    if (!operations.act(officer, System.nanoTime())) {
                        LockSupport.parkNanos(20_000_000L);
                    }
                }
            });
        }
        startReaders(operations, threads, running);
        long started = System.nanoTime();
        sleep(duration);
        running.set(false);
        long elapsed = System.nanoTime() - started;
        stop(threads);
        return Result.of(operations, elapsed, storeCommands.sent() - commandsBefore);
    }

    /** Open loop for {@code duration} at {@code registrations} a second, with the mix around them. */
    public Result paced(Duration duration, double registrations) {
        Operations operations = operations();
        long commandsBefore = storeCommands.sent();
        List<Web> officers = officers();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService workers = Executors.newFixedThreadPool(256);
        ExecutorService pacers = Executors.newFixedThreadPool(5);
        Random shared = new Random(7);
        pace(pacers, workers, running, registrations, due -> operations.register(random(shared), due));
        pace(pacers, workers, running, registrations * Settings.STATUS_VIEWS_PER_REGISTRATION,
                due -> operations.viewStatus(random(shared), due));
        AtomicInteger turn = new AtomicInteger();
        pace(pacers, workers, running, registrations * Settings.TRANSITIONS_PER_REGISTRATION,
                due -> operations.act(officers.get(Math.floorMod(turn.getAndIncrement(), officers.size())), due));
        startReaders(operations, pacers, running);
        long started = System.nanoTime();
        sleep(duration);
        running.set(false);
        long elapsed = System.nanoTime() - started;
        stop(pacers);
        stop(workers);
        return Result.of(operations, elapsed, storeCommands.sent() - commandsBefore);
    }

    private Operations operations() {
        return new Operations(corpus, Web.citizens(baseUrl), Web.officer(baseUrl, "petugas", "petugas-demo"),
                Web.officer(baseUrl, "supervisor", "supervisor-demo"));
    }

    /** Each officer with a session of their own: the two PPID officers of the demo accounts, in turn. */
    private List<Web> officers() {
        List<Web> officers = new ArrayList<>();
        for (int i = 0; i < settings.officers(); i++) {
            officers.add(i % 2 == 0 ? Web.officer(baseUrl, "petugas", "petugas-demo")
                    : Web.officer(baseUrl, "dewi", "dewi-demo"));
        }
        return officers;
    }

    /** The queue reader and the dashboard reader, each at its rate or as soon as its previous read is done. */
    private static void startReaders(Operations operations, ExecutorService threads, AtomicBoolean running) {
        threads.execute(() -> every(running, Settings.QUEUE_READS_PER_SECOND, operations::readQueue));
        threads.execute(() -> every(running, Settings.DASHBOARD_READS_PER_SECOND, operations::readDashboard));
    }

    private static void every(AtomicBoolean running, double perSecond, LongConsumer read) {
        long period = (long) (1e9 / perSecond);
        while (running.get()) {
            long started = System.nanoTime();
            read.accept(started);
            long wait = started + period - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
        }
    }

    /** Hands an operation to {@code workers} every 1/{@code perSecond} s, each due at its own point of the schedule. */
    private static void pace(ExecutorService pacers, ExecutorService workers, AtomicBoolean running, double perSecond,
            LongConsumer operation) {
        long period = (long) (1e9 / perSecond);
        pacers.execute(() -> {
            long next = System.nanoTime();
            while (running.get()) {
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                    continue;
                }
                long due = next;
                workers.execute(() -> operation.accept(due));
                next += period;
            }
        });
    }

    private static Random random(Random shared) {
        synchronized (shared) {
            return new Random(shared.nextLong());
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    private static void stop(ExecutorService threads) {
        threads.shutdown();
        try {
            if (!threads.awaitTermination(5, TimeUnit.MINUTES)) {
                Report.progress("some exchanges were still running five minutes after the phase ended");
                threads.shutdownNow();
            }
        } catch (InterruptedException e) {
            threads.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    /**
     * What one phase measured, over {@code elapsedNanos} of offered load.
     *
     * @param storeCommands the commands Sigap sent its store meanwhile (up to when the last exchange was answered)
     */
    public record Result(List<Latency> exchanges, Latency registrations, Latency commands, Latency lag,
            long idleOfficerTurns, long elapsedNanos, long storeCommands) {

        static Result of(Operations operations, long elapsedNanos, long storeCommands) {
            Latency registrations = new Latency("registrations");
            registrations.add(operations.informationRequests);
            registrations.add(operations.complaints);
            Latency commands = new Latency("commands");
            operations.commands().forEach(commands::add);
            return new Result(operations.all(), registrations, commands, operations.lag,
                    operations.idleOfficers.get(), elapsedNanos, storeCommands);
        }

        public double seconds() {
            return elapsedNanos / 1e9;
        }
    }
}

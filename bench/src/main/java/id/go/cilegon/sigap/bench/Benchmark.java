package id.go.cilegon.sigap.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import id.go.cilegon.sigap.bench.http.LoadRun;
import id.go.cilegon.sigap.bench.http.ReadLatencies;
import id.go.cilegon.sigap.bench.store.EnginePeer;
import id.go.cilegon.sigap.bench.store.RawInserts;
import id.go.cilegon.sigap.bench.store.Rebuild;
import id.go.cilegon.sigap.bench.store.Seeder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Sigap's benchmark, run by {@code bench/run quick} or {@code bench/run full} (docs/benchmarks.md). Two phases, each
 * with Sigap started from its packaged jar as a separate process:
 * <ol>
 *   <li><b>load</b>: Sigap on its embedded store in memory; the realistic mix over HTTP, closed loop, then paced at
 *       half of what it sustained, at 250 registrations/s and again at half of what it sustained; then, on the same
 *       store, the store's own insert rate and the peer workload on both event storage engines;</li>
 *   <li><b>scale</b>: a store of over a million events seeded straight through Sigap's engine, Sigap started on it to
 *       rebuild its read models, then the queues and dashboards read over HTTP.</li>
 * </ol>
 * The goals of issue 9 are checked at the end. Usage: {@code [quick|full] [--phases=load,scale]
 * [--sigap-jar=webapp/target/sigap.jar] [--sigap-jvm=<option>]... [--cases=N] [--open-cases=N]}; {@code --sigap-jvm}
 * adds an option to Sigap's JVM, e.g. {@code -XX:StartFlightRecording=filename=sigap.jfr,settings=profile} to see
 * where its time goes; {@code --cases} and {@code --open-cases} change the size of the seeded store.
 */
public final class Benchmark {

    private static final String DATABASE = "sigap";
    private static final Pattern STORE_ADDRESS = Pattern.compile(Pattern.quote(StoreHost.ADDRESS_LINE) + "(\\S+)");

    private final Settings settings;
    private final Path sigapJar;
    private final List<String> sigapJvmOptions;
    private final Path workDir;
    private final Report report;
    private final Corpus corpus = Corpus.load();
    private final String masterKey = newMasterKey();
    private final Goals goals = new Goals();
    private final String commandLine;

    private Benchmark(Settings settings, Path sigapJar, List<String> sigapJvmOptions, Path workDir,
            String commandLine) {
        this.settings = settings;
        this.commandLine = commandLine;
        this.sigapJar = sigapJar;
        this.sigapJvmOptions = sigapJvmOptions;
        this.workDir = workDir;
        this.report = new Report(workDir.resolve("benchmark-" + settings.name() + ".md"));
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && "store".equals(args[0])) {
            StoreHost.run();
            return;
        }
        String mode = "quick";
        Set<String> phases = Set.of("load", "scale");
        Path jar = Path.of("webapp/target/sigap.jar");
        List<String> sigapJvm = new ArrayList<>();
        Integer cases = null;
        Integer openCases = null;
        for (String arg : args) {
            if (arg.startsWith("--cases=")) {
                cases = Integer.valueOf(arg.substring("--cases=".length()));
            } else if (arg.startsWith("--open-cases=")) {
                openCases = Integer.valueOf(arg.substring("--open-cases=".length()));
            } else if (arg.startsWith("--sigap-jvm=")) {
                sigapJvm.add(arg.substring("--sigap-jvm=".length()));
            } else if (arg.startsWith("--phases=")) {
                phases = Set.of(arg.substring("--phases=".length()).split(","));
            } else if (arg.startsWith("--sigap-jar=")) {
                jar = Path.of(arg.substring("--sigap-jar=".length()));
            } else {
                mode = arg;
            }
        }
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build it with mvn -B -DskipTests package");
        }
        String stamp = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Settings settings = Settings.named(mode).withSeed(cases, openCases);
        Benchmark benchmark = new Benchmark(settings, jar, sigapJvm, Path.of("bench/target/run-" + stamp),
                ("bench/run " + String.join(" ", args)).strip());
        benchmark.run(phases);
    }

    private void run(Set<String> phases) throws Exception {
        report.line("# Sigap benchmark (" + settings.name() + "), "
                + ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")));
        report.line("\nCommand: `" + commandLine + "`, commit " + Machine.commit() + ". Logs in `" + workDir
                + "`. JVM heaps: Sigap " + settings.sigapHeap() + ", the seeded store " + settings.storeHeap()
                + ", this tool " + (Runtime.getRuntime().maxMemory() >> 20) + " MiB.\n");
        report.table(List.of("machine", ""), Machine.describe());
        report.line("\nThe rate limits are raised for the run (all citizens come from one address): "
                + String.join(" ", SigapProcess.RATE_LIMITS) + ".");
        if (phases.contains("load")) {
            load();
        }
        if (phases.contains("scale")) {
            scale();
        }
        report.heading("Goals (issue 9)");
        report.table(List.of("goal", "target", "measured", "met"), goals.rows());
        report.line("\nLoad average at the end: " + Machine.loadAverage() + ". Report: " + report.file());
    }

    // ------------------------------------------------------------------------------------------------ load phase

    private void load() throws Exception {
        try (SigapProcess sigap = SigapProcess.start(sigapJar, settings.sigapHeap(), sigapJvmOptions, masterKey, null,
                workDir, "load");
                MongoClient client = MongoClients.create(sigap.embeddedStore() + "/?uuidRepresentation=standard")) {
            sigap.awaitUp(Duration.ofMinutes(3));
            Rebuild processors = new Rebuild(client.getDatabase(DATABASE));
            report.heading("Load over HTTP: Sigap on its embedded store in memory");
            report.line("Sigap: `java " + String.join(" ", sigap.jvmOptions()) + " -jar " + sigapJar
                    + " --sigap.mongodb.embedded-backend=memory --sigap.demo.enabled=true`, every tracking processor "
                    + "running. Load average before: " + Machine.loadAverage() + ".");
            LoadRun load = new LoadRun(settings, corpus, sigap.baseUrl());
            Report.progress("warming up for " + settings.warmUp().toSeconds() + " s");
            load.sustained(settings.warmUp());
            settle(processors, null);
            Report.progress("sustained load for " + settings.sustained().toSeconds() + " s");
            LoadRun.Result sustained = load.sustained(settings.sustained());
            loadResult("Sustained: closed loop, " + settings.citizens() + " citizens and " + settings.officers()
                    + " officers, " + settings.sustained().toSeconds() + " s", sustained);
            settle(processors, "after the sustained load");
            double sustainedRegistrations = sustained.registrations().count() / sustained.seconds();
            goals.sustainedRegistrations(sustainedRegistrations);
            goals.lag(sustained.lag(), "closed loop");
            // Half of what was sustained, twice: on the store the sustained run left, and after the overload has
            // added its thousands of open cases, which every queue and dashboard read then goes through.
            double half = Math.min(sustainedRegistrations / 2, settings.pacedRegistrations());
            boolean halfOwnPhase = half < settings.pacedRegistrations();
            if (halfOwnPhase) {
                halfLoad(load, processors, half, "before the overload", client);
            }
            LoadRun.Result paced = paced(load, settings.pacedRegistrations(), "half the goal");
            settle(processors, "after the paced load");
            goals.pacedCommands(paced.commands(), "open loop, 250 registrations/s");
            goals.lag(paced.lag(), "open loop, 250 registrations/s");
            if (halfOwnPhase) {
                halfLoad(load, processors, half, "after the overload", client);
            }
            report.line("\nSigap's resident memory after the load: "
                    + Machine.residentMiB(sigap.pid()).map(mib -> mib + " MiB").orElse("unknown") + ".");
            storeProbe(client, sustained);
            peer(client, sustained);
        }
    }

    private LoadRun.Result paced(LoadRun load, double registrations, String what) {
        Report.progress("paced load at " + Report.number(registrations) + " registrations/s for "
                + settings.paced().toSeconds() + " s");
        LoadRun.Result paced = load.paced(settings.paced(), registrations);
        loadResult("Paced: open loop, " + Report.number(registrations) + " registrations a second (" + what + "), "
                + Report.number(registrations * Settings.TRANSITIONS_PER_REGISTRATION) + " officer actions and "
                + Report.number(registrations * Settings.STATUS_VIEWS_PER_REGISTRATION) + " status views a second, "
                + settings.paced().toSeconds() + " s", paced);
        return paced;
    }

    /** An open loop at {@code registrations} a second, half of what was sustained; its p99 and lag are goals. */
    private void halfLoad(LoadRun load, Rebuild processors, double registrations, String when, MongoClient client)
            throws InterruptedException {
        MongoDatabase store = client.getDatabase(DATABASE);
        long open = store.getCollection("open_information_requests").estimatedDocumentCount()
                + store.getCollection("open_complaints").estimatedDocumentCount();
        String at = String.format(Locale.ROOT, "%s, %,d cases open", when, open);
        LoadRun.Result paced = paced(load, registrations, "half of what Sigap sustained above, " + at);
        settle(processors, "after the paced load " + when);
        String how = "open loop, " + Report.number(registrations) + " registrations/s, " + at;
        goals.pacedCommands(paced.commands(), how);
        goals.lag(paced.lag(), how);
    }

    /** Waits until Sigap's processors have read everything stored, so that one phase's backlog is not the next's. */
    private void settle(Rebuild processors, String after) throws InterruptedException {
        Rebuild.Result caughtUp = processors.await(System.nanoTime(), Duration.ofMinutes(10));
        if (after != null) {
            report.line(String.format(Locale.ROOT, "%nEvery processor had read all %,d events %.1f s %s.",
                    caughtUp.events(), caughtUp.seconds(), after)
                    + (caughtUp.complete() ? "" : " (not all had caught up when the run stopped waiting)"));
        }
    }

    private void loadResult(String title, LoadRun.Result result) {
        report.line("\n### " + title + "\n");
        double seconds = result.seconds();
        report.line("- registrations: **" + Report.number(result.registrations().count() / seconds) + "/s**; "
                + "commands (registrations and officer actions): **" + Report.number(result.commands().count()
                / seconds) + "/s**, p50 " + Report.millis(result.commands().millisAt(50)) + " ms, p95 "
                + Report.millis(result.commands().millisAt(95)) + " ms, p99 "
                + Report.millis(result.commands().millisAt(99)) + " ms");
        report.line("- read-your-write lag (one registration in " + Settings.LAG_SAMPLE_EVERY + ", "
                + result.lag().count() + " followed): p50 " + Report.millis(result.lag().millisAt(50)) + " ms, p99 "
                + Report.millis(result.lag().millisAt(99)) + " ms, max " + Report.millis(result.lag().maxMillis())
                + " ms" + failures(result.lag()));
        report.line(String.format(Locale.ROOT, "- Sigap sent its store %,.0f commands a second, %.1f per registration "
                + "(registrations, officer actions, their projections, token updates, page reads)",
                result.storeCommands() / seconds, result.storeCommands()
                        / (double) Math.max(1, result.registrations().count())));
        long failed = result.exchanges().stream().mapToLong(Latency::failures).sum();
        report.line("- errors: " + failed + "; officers found no work " + result.idleOfficerTurns() + " times; load "
                + "average at the end: " + Machine.loadAverage() + "\n");
        List<List<String>> rows = new ArrayList<>();
        for (Latency latency : result.exchanges()) {
            rows.add(List.of(latency.name(), String.valueOf(latency.count()),
                    Report.number(latency.count() / seconds), Report.millis(latency.millisAt(50)),
                    Report.millis(latency.millisAt(95)), Report.millis(latency.millisAt(99)),
                    Report.millis(latency.maxMillis()), failures(latency).isEmpty() ? "0" : failures(latency)));
        }
        report.table(List.of("exchange", "count", "per s", "p50 ms", "p95 ms", "p99 ms", "max ms", "failures"), rows);
    }

    private void storeProbe(MongoClient client, LoadRun.Result sustained) throws Exception {
        report.heading("The store's own insert rate (same server, same run)");
        report.line("Load average before: " + Machine.loadAverage() + ".\n");
        RawInserts raw = new RawInserts(client, "bench_raw", masterKey, corpus);
        List<List<String>> rows = new ArrayList<>();
        double single = 0;
        for (int threads : List.of(1, 4)) {
            Report.progress("raw insertOne from " + threads + " thread(s)");
            double rate = raw.insertsPerSecond(threads, settings.storeProbe());
            single = threads == 1 ? rate : single;
            rows.add(List.of("insertOne, " + threads + (threads == 1 ? " thread" : " threads"), Report.number(rate)));
        }
        report.table(List.of("operation (event-shaped document, " + raw.payloadLength() + "-character payload)",
                "documents/s"), rows);
        double registrations = sustained.registrations().count() / sustained.seconds();
        report.line(String.format(Locale.ROOT, "%nSigap's sustained registrations (each one event stored, "
                + "plus everything its processors write) are %.1f%% of one thread's insertOne rate; the commands it "
                + "sent its store under that load (every kind) are %.0f%%.", 100 * registrations / single,
                100 * sustained.storeCommands() / sustained.seconds() / single));
    }

    private void peer(MongoClient client, LoadRun.Result sustained) throws Exception {
        report.heading("Event storage engines on the same workload (peer)");
        report.line("Load average before: " + Machine.loadAverage() + ".\n");
        EnginePeer peer = new EnginePeer(client, corpus, masterKey);
        EnginePeer.Outcome ours = peer.sigapEngine(settings.peer());
        EnginePeer.Outcome theirs = peer.extensionEngine(settings.peer());
        List<List<String>> rows = new ArrayList<>();
        for (EnginePeer.Outcome outcome : List.of(ours, theirs)) {
            rows.add(List.of(outcome.engine(), Report.number(outcome.commandsPerSecond()),
                    Report.millis(outcome.latency().millisAt(50)), Report.millis(outcome.latency().millisAt(99)),
                    failures(outcome.latency()).isEmpty() ? "0" : failures(outcome.latency()),
                    String.valueOf(outcome.behind()),
                    outcome.stillBehind() == 0 ? Report.number(outcome.catchUpSeconds()) + " s"
                            : "still " + outcome.stillBehind() + " behind after 60 s"));
        }
        report.table(List.of("engine", "commands/s", "p50 ms", "p99 ms", "failures",
                "events the slowest processor had still to read at the end", "caught up after"), rows);
        double ratio = ours.commandsPerSecond() / Math.max(0.001, theirs.commandsPerSecond());
        double httpRatio = sustained.commands().count() / sustained.seconds() / Math.max(0.001,
                theirs.commandsPerSecond());
        report.line(String.format(Locale.ROOT, "%nSigap's engine: %.1f× the extension's commands/s on the "
                + "same workload; Sigap over HTTP (all its processors, security, pages): %.1f×.", ratio, httpRatio));
        goals.peer(ratio, httpRatio);
    }

    // ----------------------------------------------------------------------------------------------- scale phase

    private void scale() throws Exception {
        report.heading("A seeded store: " + Report.number(settings.seedCases()) + " cases, "
                + Report.number(settings.seedOpenCases()) + " open");
        try (ChildProcess store = ChildProcess.start("the store", List.of("-Xmx" + settings.storeHeap(),
                        "-Xlog:gc:file=" + workDir.resolve("scale-store-gc.log")),
                List.of("-jar", jarOfThisTool(), "store"),
                workDir.resolve("scale-store.log"))) {
            String uri = store.awaitLogLine(STORE_ADDRESS, Duration.ofMinutes(1));
            report.line("The store: mongo-java-server in memory (the embedded store's server and backend), in a JVM of "
                    + "its own (`-Xmx" + settings.storeHeap() + "`), so that it can be filled before Sigap starts on "
                    + "it; Sigap reaches it with `--sigap.mongodb.uri`.");
            try (MongoClient client = MongoClients.create(uri + "/?uuidRepresentation=standard")) {
                Report.progress("seeding " + settings.seedCases() + " cases");
                Seeder.Seeded seeded = new Seeder(client, DATABASE, corpus, masterKey)
                        .seed(settings.seedCases(), settings.seedOpenCases(), 3);
                report.line(String.format(Locale.ROOT, "%nSeeded %,d cases (%,d open) as %,d events in %.0f s "
                        + "(%,.0f events/s, through Sigap's engine, 3 threads). The store's live heap: %s.",
                        seeded.cases(), seeded.openCases(), seeded.events(), seeded.seconds(),
                        seeded.events() / seeded.seconds(),
                        Machine.liveHeapMiB(store.pid()).map(mib -> mib + " MiB").orElse("unknown")));
                long launched = System.nanoTime();
                try (SigapProcess sigap = SigapProcess.start(sigapJar, settings.sigapHeap(), sigapJvmOptions, masterKey, uri, workDir,
                        "scale")) {
                    sigap.awaitUp(Duration.ofMinutes(10));
                    Report.progress("Sigap is up; waiting for its processors to rebuild the read models");
                    Rebuild.Result rebuild = new Rebuild(client.getDatabase(DATABASE))
                            .await(launched, Duration.ofHours(3));
                    rebuildResult(rebuild, seeded);
                    report.line("\nLoad average after the rebuild: " + Machine.loadAverage() + ".");
                    reads(sigap, seeded);
                    report.line("\nThe store's live heap with the read models built: " + Machine.liveHeapMiB(
                            store.pid()).map(mib -> mib + " MiB").orElse("unknown") + "; Sigap's resident memory: "
                            + Machine.residentMiB(sigap.pid()).map(mib -> mib + " MiB").orElse("unknown") + ".");
                }
            }
        }
    }

    private void rebuildResult(Rebuild.Result rebuild, Seeder.Seeded seeded) {
        double rate = rebuild.events() / rebuild.seconds();
        report.line(String.format(Locale.ROOT, "%n### Rebuild%n%nSigap started on the seeded store with no "
                + "tracking tokens; every processor read the %,d events from the first. %s after the start (JVM and "
                + "Spring start-up included): **%,.0f events/s**.%n", rebuild.events(), rebuild.complete()
                ? String.format(Locale.ROOT, "The last one caught up %.0f s", rebuild.seconds())
                : String.format(Locale.ROOT, "Not all had caught up %.0f s", rebuild.seconds()), rate));
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<String, Double> processor : rebuild.caughtUp().entrySet()) {
            rows.add(List.of(processor.getKey(), Report.number(processor.getValue())));
        }
        report.table(List.of("processor", "caught up after s"), rows);
        goals.rebuild(rebuild.complete() ? rate : 0, seeded.events());
    }

    private void reads(SigapProcess sigap, Seeder.Seeded seeded) {
        report.line("\n### Reads with " + Report.number(seeded.openCases()) + " open and "
                + Report.number(seeded.cases()) + " cases in all\n");
        report.line("One read at a time, each page up to " + settings.readSamples() + " times or "
                + settings.readBudget().toSeconds() + " s (at least 3 times).\n");
        List<ReadLatencies.Read> reads = new ReadLatencies(sigap.baseUrl(), settings.readSamples(),
                settings.readBudget()).measure(seeded.requestCodes(), seeded.complaintCodes());
        List<List<String>> rows = new ArrayList<>();
        for (ReadLatencies.Read read : reads) {
            Latency latency = read.latency();
            rows.add(List.of(latency.name(), String.valueOf(latency.count()), Report.millis(latency.millisAt(50)),
                    Report.millis(latency.millisAt(95)), Report.millis(latency.millisAt(99)),
                    Report.millis(latency.maxMillis()), Report.number(read.characters() / 1024.0),
                    failures(latency).isEmpty() ? "0" : failures(latency)));
            if (!latency.name().startsWith("status page")) {
                goals.read(latency, seeded.openCases(), seeded.cases());
            }
        }
        report.table(List.of("page", "reads", "p50 ms", "p95 ms", "p99 ms", "max ms", "size KiB", "failures"), rows);
    }

    // --------------------------------------------------------------------------------------------------- helpers

    private static String failures(Latency latency) {
        if (latency.failures() == 0) {
            return "";
        }
        List<String> kinds = new ArrayList<>();
        latency.failuresByKind().forEach((kind, count) -> kinds.add(count + "× " + kind));
        return " (failures: " + String.join(", ", kinds) + ")";
    }

    /** This tool's jar: started with {@code java -jar}, it is the JVM's whole class path. */
    private static String jarOfThisTool() {
        return System.getProperty("java.class.path");
    }

    private static String newMasterKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}

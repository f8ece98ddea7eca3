package id.go.cilegon.sigap.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The goals of issue 9 on this 2-core machine with the embedded store in memory, and what the run measured. */
final class Goals {

    static final double REGISTRATIONS_PER_SECOND = 500;
    static final double COMMAND_P99_MILLIS = 100;
    static final double LAG_P99_MILLIS = 250;
    static final double REBUILD_EVENTS_PER_SECOND = 5_000;
    static final double READ_P99_MILLIS = 50;
    static final double PEER_RATIO = 5;

    private final List<List<String>> rows = new ArrayList<>();
    private final List<Latency> reads = new ArrayList<>();
    private String readScale = "";

    void sustainedRegistrations(double perSecond) {
        atLeast("registrations sustained (closed loop)", REGISTRATIONS_PER_SECOND, perSecond, "/s");
    }

    void pacedCommands(Latency commands, String how) {
        below("p99 command latency at half that load (" + how + ")", COMMAND_P99_MILLIS, commands.millisAt(99),
                " ms");
    }

    void lag(Latency lag, String how) {
        below("read-your-write lag p99 (" + how + ")", LAG_P99_MILLIS, lag.millisAt(99), " ms");
    }

    void rebuild(double eventsPerSecond, long events) {
        atLeast(String.format(Locale.ROOT, "projection rebuild over %,d events", events), REBUILD_EVENTS_PER_SECOND,
                eventsPerSecond, " events/s");
    }

    void peer(double engineRatio, double httpRatio) {
        atLeast("throughput against the Axon Mongo extension, engine to engine", PEER_RATIO, engineRatio, "×");
        atLeast("throughput against the Axon Mongo extension, Sigap over HTTP to the extension's engine", PEER_RATIO,
                httpRatio, "×");
    }

    /** A queue or dashboard read at scale; one row for all of them, naming the slowest. */
    void read(Latency latency, long openCases, long cases) {
        reads.add(latency);
        readScale = String.format(Locale.ROOT, "%,d open of %,d cases", openCases, cases);
    }

    List<List<String>> rows() {
        List<List<String>> all = new ArrayList<>(rows);
        if (!reads.isEmpty()) {
            Latency slowest = reads.stream().max(Comparator.comparingDouble(l -> l.millisAt(99)))
                    .orElseThrow();
            long met = reads.stream().filter(l -> l.millisAt(99) < READ_P99_MILLIS && l.failures() == 0).count();
            all.add(List.of("queue and dashboard reads p99, " + readScale,
                    "< " + Report.number(READ_P99_MILLIS) + " ms",
                    met + " of " + reads.size() + " pages; slowest: " + slowest.name() + ", "
                            + Report.millis(slowest.millisAt(99)) + " ms",
                    met == reads.size() ? "yes" : "no"));
        }
        return all;
    }

    private void atLeast(String goal, double target, double measured, String unit) {
        rows.add(List.of(goal, "≥ " + Report.number(target) + unit, Report.number(measured) + unit,
                measured >= target ? "yes" : String.format(Locale.ROOT, "no (%.0f%% of it)", 100 * measured / target)));
    }

    private void below(String goal, double target, double measured, String unit) {
        rows.add(List.of(goal, "< " + Report.number(target) + unit, Report.millis(measured) + unit,
                measured < target ? "yes" : String.format(Locale.ROOT, "no (%.1f× it)", measured / target)));
    }
}

package id.go.cilegon.sigap.bench;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.ConcurrentHistogram;

/**
 * The latencies of one kind of operation, in microseconds to three significant digits, and its failures by kind. Safe
 * to record from any thread; a latency beyond ten minutes is counted as ten minutes.
 */
public final class Latency {

    private static final long HIGHEST = TimeUnit.MINUTES.toMicros(10);

    private final String name;
    private final ConcurrentHistogram histogram = new ConcurrentHistogram(HIGHEST, 3);
    private final Map<String, LongAdder> failures = new ConcurrentHashMap<>();

    public Latency(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    /** One successful operation that took {@code nanos}. */
    public void record(long nanos) {
        histogram.recordValue(Math.min(HIGHEST, Math.max(0, TimeUnit.NANOSECONDS.toMicros(nanos))));
    }

    /** One failed operation; {@code kind} says how (an HTTP status, an exception's name). */
    public void fail(String kind) {
        failures.computeIfAbsent(kind, k -> new LongAdder()).increment();
    }

    public long count() {
        return histogram.getTotalCount();
    }

    public long failures() {
        return failures.values().stream().mapToLong(LongAdder::sum).sum();
    }

    /** Failures by kind, sorted by kind. */
    public Map<String, Long> failuresByKind() {
        Map<String, Long> byKind = new TreeMap<>();
        failures.forEach((kind, count) -> byKind.put(kind, count.sum()));
        return byKind;
    }

    /** The latency at {@code percentile} (0–100) in milliseconds; 0 without any operation. */
    public double millisAt(double percentile) {
        return histogram.getTotalCount() == 0 ? 0 : histogram.getValueAtPercentile(percentile) / 1000.0;
    }

    public double maxMillis() {
        return histogram.getTotalCount() == 0 ? 0 : histogram.getMaxValue() / 1000.0;
    }

    /** Adds what {@code other} recorded to this one (to total several kinds of operation). */
    public void add(Latency other) {
        histogram.add(other.histogram);
        other.failures.forEach((kind, count) ->
                failures.computeIfAbsent(kind, k -> new LongAdder()).add(count.sum()));
    }
}

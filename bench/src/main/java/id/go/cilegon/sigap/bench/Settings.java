package id.go.cilegon.sigap.bench;

import java.time.Duration;

/**
 * The sizes of one run. {@link #quick()} shows in about a minute of measuring that everything works; {@link #full()}
 * has the load and a store of over a million events.
 *
 * @param warmUp             load before measuring, for the JIT and the caches; not recorded
 * @param sustained          how long the closed-loop phase drives Sigap as fast as it answers
 * @param paced              how long the open-loop phase offers {@code pacedRegistrations} a second
 * @param pacedRegistrations registrations a second in the open-loop phase: half the goal of 500
 * @param citizens           concurrent citizens in the closed-loop phase
 * @param officers           concurrent officers (each with a session of their own) acting on requests
 * @param storeProbe         how long each measurement of the store's own insert rate runs
 * @param peer               how long each event storage engine runs the peer workload
 * @param seedCases          cases in the seeded store
 * @param seedOpenCases      how many of those are still open
 * @param readSamples        at most this many reads of each page in the read-latency phase
 * @param readBudget         and at most this long for each page
 * @param sigapHeap          the {@code -Xmx} of Sigap's JVM
 * @param storeHeap          the {@code -Xmx} of the JVM that holds the seeded store
 */
public record Settings(
        String name,
        Duration warmUp,
        Duration sustained,
        Duration paced,
        int pacedRegistrations,
        int citizens,
        int officers,
        Duration storeProbe,
        Duration peer,
        int seedCases,
        int seedOpenCases,
        int readSamples,
        Duration readBudget,
        String sigapHeap,
        String storeHeap) {

    /** Queue pages read a second by the officers together (a few dozen officers refreshing now and then). */
    public static final double QUEUE_READS_PER_SECOND = 1.0;
    /** Dashboards read a second by the supervisors together (their pages refresh every minute). */
    public static final double DASHBOARD_READS_PER_SECOND = 0.2;
    /** A citizen looks at a status page this often per registration. */
    public static final double STATUS_VIEWS_PER_REGISTRATION = 1.0;
    /** Officer actions per registration in the open-loop phase. */
    public static final double TRANSITIONS_PER_REGISTRATION = 0.4;
    /** One registration in this many is followed until the query side shows it. */
    public static final int LAG_SAMPLE_EVERY = 10;

    public static Settings quick() {
        return new Settings("quick", Duration.ofSeconds(5), Duration.ofSeconds(15), Duration.ofSeconds(15), 250, 16, 4,
                Duration.ofSeconds(3), Duration.ofSeconds(10), 20_000, 2_000, 10, Duration.ofSeconds(10), "3g", "3g");
    }

    /**
     * The load, and a seeded store of over a million events (220,000 cases, one in ten open, as 100,000 of a
     * million would be). A million cases do not fit the in-memory store on this 24 GiB machine: with every read model
     * built it holds about 46 KiB a case (measured at 50,000 cases), some 45 GiB for a million; {@code --cases} and
     * {@code --open-cases} ask for more where the memory is there. The store's heap leaves it about 3 GiB above the
     * 12 GiB it holds at this size: with 1 GiB the collector ran through the reads. Each page is read up to a
     * thousand times, so that its p99 is the tenth slowest reading, not the second as of a hundred.
     */
    public static Settings full() {
        return new Settings("full", Duration.ofSeconds(20), Duration.ofSeconds(60), Duration.ofSeconds(60), 250, 16, 4,
                Duration.ofSeconds(10), Duration.ofSeconds(60), 220_000, 22_000, 1_000, Duration.ofSeconds(60), "3g",
                "15g");
    }

    /** The same run with another seeded store, where {@code cases} or {@code openCases} is given. */
    public Settings withSeed(Integer cases, Integer openCases) {
        int seeded = cases == null ? seedCases : cases;
        int open = openCases == null ? Math.min(seedOpenCases, seeded) : openCases;
        if (open > seeded || open < 0) {
            throw new IllegalArgumentException("Open cases must be between 0 and the cases: " + open + " of " + seeded);
        }
        return new Settings(name, warmUp, sustained, paced, pacedRegistrations, citizens, officers, storeProbe, peer,
                seeded, open, readSamples, readBudget, sigapHeap, storeHeap);
    }

    public static Settings named(String name) {
        return switch (name) {
            case "quick" -> quick();
            case "full" -> full();
            default -> throw new IllegalArgumentException("Unknown mode " + name + ": quick or full");
        };
    }
}

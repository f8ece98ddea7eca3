package id.go.cilegon.sigap.webapp.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The processes of one fault test: Sigap nodes, and the store alone, on free loopback ports, each with its output in
 * {@code target/faults/<test>/<name>.log}. When the test ends every process still running is killed, and when it
 * failed the last lines of each are printed. Nodes may be started from several threads at once.
 */
final class Nodes implements BeforeEachCallback, AfterEachCallback {

    /** Every port {@link #freePort} has handed out in this run. */
    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

    /** The personal-data master key every node shares: a node with another key could not read the others' keys. */
    static final String MASTER_KEY = "c2lnYXAtdGVzdC1tYXN0ZXIta2V5LTMyLWJ5dGVzISE=";

    private static final Duration START_LIMIT = Duration.ofSeconds(120);

    private final List<SigapProcess> started = new ArrayList<>();
    private Path logs;

    Nodes() {
        // Should the test JVM itself be stopped mid-test, its children go with it rather than hold ports and files.
        Runtime.getRuntime().addShutdownHook(new Thread(this::killAll, "sigap-fault-nodes"));
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        logs = Path.of("target", "faults", context.getRequiredTestClass().getSimpleName() + "-"
                + context.getRequiredTestMethod().getName()).toAbsolutePath();
    }

    @Override
    public synchronized void afterEach(ExtensionContext context) {
        boolean failed = context.getExecutionException().isPresent();
        for (SigapProcess process : started) {
            if (process.isAlive()) {
                process.kill();
            }
            if (failed) {
                System.out.println("----- last lines of " + process.name() + " (" + process.log() + ")\n"
                        + process.tail(80));
            }
        }
        started.clear();
    }

    private synchronized void killAll() {
        started.stream().filter(SigapProcess::isAlive).forEach(SigapProcess::kill);
    }

    /**
     * Starts a node named {@code name} (also its name in the token store) and waits until it is healthy. Background
     * watches that append events on their own (deadlines, opinion alerts) are set to a day, so that only the test's
     * commands write events.
     */
    SigapProcess node(String name, List<String> arguments, Map<String, String> environment) {
        return node(name, arguments, environment, MASTER_KEY);
    }

    /**
     * As {@link #node(String, List, Map)}, with {@code masterKey} as its personal-data master key. An argument that
     * sets a property of these defaults replaces it (Spring would read both values as one list).
     */
    SigapProcess node(String name, List<String> arguments, Map<String, String> environment, String masterKey) {
        int port = freePort();
        List<String> all = new ArrayList<>(Stream.of(
                "--server.address=127.0.0.1",
                "--server.port=" + port,
                "--sigap.processing.node-id=" + name,
                "--sigap.personal-data.master-key=" + masterKey,
                "--sigap.rate-limit.enabled=false",
                "--sigap.deadlines.check-interval=PT24H",
                "--sigap.opinion.alert-interval=PT24H",
                "--logging.level.de.bwaldvogel.mongo=ERROR")
                .filter(byDefault -> arguments.stream().noneMatch(given -> property(given).equals(property(byDefault))))
                .toList());
        all.addAll(arguments);
        return register(SigapProcess.start(name, logs.resolve(name + ".log"), port, all, environment))
                .awaitHealthy(START_LIMIT);
    }

    private static String property(String argument) {
        int equals = argument.indexOf('=');
        return equals < 0 ? argument : argument.substring(0, equals);
    }

    /** Starts node-a and node-b alike, at once, and answers them in that order when both are healthy. */
    SigapProcess[] twoNodes(List<String> arguments, Map<String, String> environment) {
        CompletableFuture<SigapProcess> startingB =
                CompletableFuture.supplyAsync(() -> node("node-b", arguments, environment));
        SigapProcess a = node("node-a", arguments, environment);
        return new SigapProcess[] {a, startingB.join()};
    }

    /** Runs the jar for a task that ends of itself (no web server), and answers its exit status. */
    int task(String name, List<String> arguments, Map<String, String> environment, Duration limit) {
        return register(SigapProcess.start(name, logs.resolve(name + ".log"), 0, arguments, environment))
                .exitStatus(limit);
    }

    /** Starts the store alone on {@code port} with its H2 file in {@code dataDir}, and waits until it answers. */
    SigapProcess storeAlone(String name, Path dataDir, int port) {
        SigapProcess store = register(SigapProcess.start(name, logs.resolve(name + ".log"), 0, List.of(
                "--sigap.mongodb.store-only=true",
                "--sigap.mongodb.embedded-port=" + port,
                "--sigap.mongodb.data-dir=" + dataDir,
                "--logging.level.de.bwaldvogel.mongo=ERROR"), Map.of()));
        return store.await(START_LIMIT, "serving", () -> StoreView.answers(port));
    }

    private synchronized SigapProcess register(SigapProcess process) {
        started.add(process);
        return process;
    }

    /**
     * A port nobody listens on now and this run has not handed out before; the process given it binds it moments
     * later. Two probes one after the other can get the same port: a node was once given its store's port for HTTP,
     * and its store, binding first, made the web server fail to start.
     */
    static int freePort() {
        while (true) {
            try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                if (HANDED_OUT.add(probe.getLocalPort())) {
                    return probe.getLocalPort();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}

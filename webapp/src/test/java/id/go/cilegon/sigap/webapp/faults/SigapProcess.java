package id.go.cilegon.sigap.webapp.faults;

import id.go.cilegon.sigap.webapp.SigapApplication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * One Sigap, or its store alone, as a JVM of its own: {@link SigapApplication} from the test's classpath (surefire
 * runs before the jar is packaged), listening on loopback only, its output in a file under {@code target/faults/}.
 * {@link #kill()} is {@code kill -9} ({@link Process#destroyForcibly()} sends SIGKILL on Linux); {@link #stop()} is
 * SIGTERM, Spring's graceful shutdown.
 */
final class SigapProcess {

    /** Small heaps and the quick compiler only: several of these share two cores with the test itself. */
    private static final List<String> JVM_OPTIONS = List.of("-Xmx384m", "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC", "-Daxoniq.update-checker.disabled=true", "-Duser.timezone=UTC");

    private final String name;
    private final Process process;
    private final Path log;
    private final int httpPort;

    private SigapProcess(String name, Process process, Path log, int httpPort) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.httpPort = httpPort;
    }

    /**
     * Starts {@code name} with {@code arguments} (Spring properties as {@code --key=value}) and {@code environment}.
     *
     * @param httpPort the port it serves HTTP on, or 0 for the store alone
     */
    static SigapProcess start(String name, Path log, int httpPort, List<String> arguments,
            Map<String, String> environment) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(JVM_OPTIONS);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(SigapApplication.class.getName());
        command.addAll(arguments);
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(command).directory(log.getParent().toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().remove("SIGAP_MONGODB_URI");
            builder.environment().putAll(environment);
            return new SigapProcess(name, builder.start(), log, httpPort);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + name, e);
        }
    }

    String name() {
        return name;
    }

    int httpPort() {
        return httpPort;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Waits until its health endpoint answers UP; fails with its output if it dies or is slower than {@code limit}. */
    SigapProcess awaitHealthy(Duration limit) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/actuator/health"))
                .timeout(Duration.ofSeconds(5)).build();
        return await(limit, "healthy", () -> {
            try {
                HttpResponse<String> response = client.send(health, HttpResponse.BodyHandlers.ofString());
                return response.statusCode() == 200 && response.body().contains("\"UP\"");
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + name, e);
            }
        });
    }

    /** Waits until {@code ready} holds; fails with its output if it dies or takes longer than {@code limit}. */
    SigapProcess await(Duration limit, String what, BooleanSupplier ready) {
        Instant giveUp = Instant.now().plus(limit);
        while (!ready.getAsBoolean()) {
            if (!process.isAlive()) {
                throw new AssertionError(name + " ended (exit " + process.exitValue() + ") before it was " + what
                        + ":\n" + tail(60));
            }
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError(name + " was not " + what + " within " + limit + ":\n" + tail(60));
            }
            pause(200);
        }
        return this;
    }

    /** SIGKILL: no shutdown hook, no last commit, no released claims. */
    void kill() {
        process.destroyForcibly();
        awaitExit(Duration.ofSeconds(30));
    }

    /** SIGTERM: Spring closes the web server, the processors (releasing their claims) and the store. */
    void stop() {
        process.destroy();
        if (!awaitExit(Duration.ofSeconds(60))) {
            throw new AssertionError(name + " did not stop within 60s of SIGTERM:\n" + tail(60));
        }
    }

    /** Waits until it ends of itself and answers its exit status; fails with its output after {@code limit}. */
    int exitStatus(Duration limit) {
        if (!awaitExit(limit)) {
            throw new AssertionError(name + " did not end within " + limit + ":\n" + tail(60));
        }
        return process.exitValue();
    }

    private boolean awaitExit(Duration limit) {
        try {
            return process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            return false;
        }
    }

    /** The last {@code lines} lines of its output. */
    String tail(int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no output readable from " + log + ": " + e + ")";
        }
    }

    Path log() {
        return log;
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}

package id.go.cilegon.sigap.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Sigap itself, started from its packaged jar as a separate JVM, as it runs in production: every tracking processor
 * and deadline watch running, the demo accounts present ({@code sigap.demo.enabled}, README). The run raises the rate
 * limits by property, since all its citizens come from one address; {@link #RATE_LIMITS} says how, and the report
 * repeats it.
 */
final class SigapProcess implements AutoCloseable {

    /** The rate limits of the run: far above what one address can send. */
    static final List<String> RATE_LIMITS = List.of(
            "--sigap.rate-limit.public-writes-per-minute=100000000",
            "--sigap.rate-limit.logins-per-minute=100000",
            "--sigap.rate-limit.address-logins-per-minute=100000");

    private static final Pattern EMBEDDED_STORE = Pattern.compile("embedded MongoDB \\(mongo-java-server\\) in memory "
            + "on (127\\.0\\.0\\.1:\\d+)");

    private final ChildProcess process;
    private final int port;
    private final List<String> jvmOptions;

    private SigapProcess(ChildProcess process, int port, List<String> jvmOptions) {
        this.process = process;
        this.port = port;
        this.jvmOptions = jvmOptions;
    }

    /**
     * Starts Sigap on its embedded store in memory ({@code sigap.mongodb.embedded-backend=memory}), or on the MongoDB
     * at {@code mongoUri} when that is given.
     */
    static SigapProcess start(Path jar, String heap, List<String> extraJvmOptions, String masterKey, String mongoUri,
            Path workDir, String label) {
        int port = ChildProcess.freePort();
        List<String> jvm = new ArrayList<>(List.of("-Xmx" + heap, "-Daxoniq.update-checker.disabled=true",
                "-Duser.timezone=UTC", "-Xlog:gc:file=" + workDir.resolve(label + "-gc.log")));
        jvm.addAll(extraJvmOptions);
        List<String> arguments = new ArrayList<>(List.of(
                "-jar", jar.toString(),
                "--server.port=" + port,
                "--spring.mail.port=" + ChildProcess.freePort(),
                "--sigap.demo.enabled=true",
                "--sigap.mongodb.data-dir=" + workDir.resolve(label + "-data"),
                "--sigap.personal-data.master-key=" + masterKey));
        arguments.addAll(RATE_LIMITS);
        if (mongoUri == null) {
            arguments.add("--sigap.mongodb.embedded-backend=memory");
        } else {
            arguments.add("--sigap.mongodb.uri=" + mongoUri);
        }
        Report.progress("starting Sigap (" + label + ") on port " + port);
        ChildProcess process = ChildProcess.start("Sigap", jvm, arguments, workDir.resolve(label + "-sigap.log"));
        return new SigapProcess(process, port, jvm);
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    long pid() {
        return process.pid();
    }

    List<String> jvmOptions() {
        return jvmOptions;
    }

    /** Waits until {@code /actuator/health} answers UP. */
    void awaitUp(Duration timeout) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health"))
                .timeout(Duration.ofSeconds(10)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Sigap stopped while starting; see " + process.log());
            }
            try {
                HttpResponse<String> answer = client.send(health, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200 && answer.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException e) {
                // Not listening yet.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted", e);
            }
            ChildProcess.sleep(Duration.ofMillis(250));
        }
        throw new IllegalStateException("Sigap was not up within " + timeout + "; see " + process.log());
    }

    /** {@code mongodb://127.0.0.1:<port>} of the embedded store Sigap started, as its start-up log names it. */
    String embeddedStore() {
        return "mongodb://" + process.awaitLogLine(EMBEDDED_STORE, Duration.ofMinutes(2));
    }

    @Override
    public void close() {
        Report.progress("stopping Sigap");
        process.close();
    }
}

package id.go.cilegon.sigap.webapp.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Debian's Prometheus running the production file {@code infra/deploy/prometheus/prometheus.yml} on loopback: only the
 * targets, the password file's place and the scrape interval (a second, so that a test need not wait fifteen) are
 * changed; the job, the metrics path and the scrape account are the file's own.
 */
final class Prometheus implements AutoCloseable {

    static final Path DEPLOY_FILE = Path.of("..", "infra", "deploy", "prometheus", "prometheus.yml");
    private static final Path BINARY = Path.of("/usr/bin/prometheus");

    private final Daemon process;
    private final int port;
    private final HttpClient http = HttpClient.newHttpClient();

    private Prometheus(Daemon process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts Prometheus with its files in {@code directory}, scraping the nodes on these two ports. */
    static Prometheus start(Path directory, Path passwordFile, int first, int second) {
        assertThat(BINARY).as("prometheus (Debian's package; .ci/run installs it)").isExecutable();
        try {
            Path configuration = directory.resolve("prometheus.yml");
            Files.writeString(configuration, configurationOf(Files.readString(DEPLOY_FILE), passwordFile, first,
                    second));
            int port = Nodes.freePort();
            Daemon process = Daemon.start(directory.resolve("prometheus.log"), List.of(BINARY.toString(),
                    "--config.file=" + configuration, "--storage.tsdb.path=" + directory.resolve("data"),
                    "--web.listen-address=127.0.0.1:" + port));
            Prometheus prometheus = new Prometheus(process, port);
            process.awaitReady("Prometheus", Duration.ofSeconds(30), prometheus::ready, () -> "");
            return prometheus;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The deploy file scraping loopback ports every second; each change must find what it changes. */
    static String configurationOf(String deployFile, Path passwordFile, int first, int second) {
        String configuration = deployFile;
        configuration = Daemon.replacedIn(configuration, "scrape_interval: 15s", "scrape_interval: 1s");
        configuration = Daemon.replacedIn(configuration, "scrape_timeout: 10s", "scrape_timeout: 1s");
        configuration = Daemon.replacedIn(configuration, "/run/secrets/sigap-metrics-password",
                passwordFile.toString());
        return Daemon.replacedIn(configuration, "[\"sigap1:8080\", \"sigap2:8080\"]",
                "[\"127.0.0.1:" + first + "\", \"127.0.0.1:" + second + "\"]");
    }

    /** The result of an instant query, as Prometheus's API answers it ({@code data.result}). */
    JsonNode query(String promql) {
        return get("/api/v1/query?query=" + URLEncoder.encode(promql, StandardCharsets.UTF_8)).path("data")
                .path("result");
    }

    /** The scrape targets Prometheus has, as its API answers them ({@code data.activeTargets}). */
    JsonNode targets() {
        return get("/api/v1/targets").path("data").path("activeTargets");
    }

    String log() {
        return process.output();
    }

    @Override
    public void close() {
        process.close();
    }

    private JsonNode get(String path) {
        try {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as("Prometheus %s: %s", path, answer.body()).isEqualTo(200);
            return StoreView.JSON.readTree(answer.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Ready once its readiness endpoint answers 200. */
    private boolean ready() {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/-/ready")).GET()
                    .build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

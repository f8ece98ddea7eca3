package id.go.cilegon.sigap.webapp.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The production shape's front: nginx with the deploy file ({@link Nginx}) in front of two nodes on one store, the
 * nodes started as compose.yaml starts them (the deploy folder's production profile, the store's URI a secret file),
 * with a small rate limit. Sigap learns the scheme from nginx, counts a client by the address nginx saw whatever
 * forwarding headers the client sends, and two nodes count it together, apart from another client; nginx keeps the
 * actuator and oversized bodies out and goes around a node that died.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ReverseProxyTest {

    /** Sigap's limit on a client's writes in this test; nginx lets eleven through at once (burst 10). */
    private static final int WRITES_PER_MINUTE = 5;
    /** The folder compose.yaml mounts as /etc/sigap/. */
    private static final Path PRODUCTION_PROFILE = Path.of("..", "infra", "deploy", "sigap");

    @RegisterExtension
    final Nodes nodes = new Nodes();

    @TempDir
    Path data;

    @TempDir
    Path proxy;

    @TempDir
    Path secrets;

    @Test
    void nginx_passes_on_the_client_it_saw_keeps_the_actuator_and_large_bodies_out_and_goes_around_a_dead_node()
            throws Exception {
        int storePort = Nodes.freePort();
        nodes.storeAlone("store", data, storePort);
        // As compose.yaml starts a node: the production profile from the deploy folder, the store's URI as a secret
        // file read through a config tree.
        Files.writeString(secrets.resolve("sigap.mongodb.uri"), "mongodb://127.0.0.1:" + storePort + "/sigap");
        Map<String, String> asInProduction = Map.of("SPRING_PROFILES_ACTIVE", "production",
                "SPRING_CONFIG_ADDITIONAL_LOCATION", "file:" + PRODUCTION_PROFILE.toAbsolutePath().normalize() + "/",
                "SPRING_CONFIG_IMPORT", "optional:configtree:" + secrets + "/");
        List<String> limits = List.of("--sigap.rate-limit.enabled=true",
                "--sigap.rate-limit.public-writes-per-minute=" + WRITES_PER_MINUTE);
        CompletableFuture<SigapProcess> startingB =
                CompletableFuture.supplyAsync(() -> nodes.node("node-b", limits, asInProduction));
        SigapProcess a = nodes.node("node-a", limits, asInProduction);
        SigapProcess b = startingB.join();

        try (Nginx nginx = Nginx.start(proxy, a.httpPort(), b.httpPort())) {
            HttpClient http = nginx.client();

            HttpResponse<String> home = http.send(get(nginx.url("/")), HttpResponse.BodyHandlers.ofString());
            assertThat(home.statusCode()).as("the home page through nginx; nginx: %s", nginx.errors())
                    .isEqualTo(200);
            assertThat(home.headers().firstValue("Strict-Transport-Security")).as("HSTS: Sigap knows it is https")
                    .isPresent();

            for (int write = 1; write <= WRITES_PER_MINUTE; write++) {
                assertThat(spoofedWrite(http, nginx, write).statusCode()).as("write %d: refused for its empty body",
                        write).isEqualTo(400);
            }
            HttpResponse<String> over = spoofedWrite(http, nginx, WRITES_PER_MINUTE + 1);
            assertThat(over.statusCode()).as("one write more than the limit, claiming yet another address")
                    .isEqualTo(429);
            assertThat(over.body()).as("Sigap's answer, not nginx's").contains("urn:sigap:problem:too-many-requests");
            assertThat(nginx.writeFrom("127.0.0.2", "/api/v1/permohonan-informasi"))
                    .as("a write of another client (127.0.0.2) meanwhile").isEqualTo(400);

            assertThat(http.send(get(nginx.url("/actuator/health")), HttpResponse.BodyHandlers.ofString())
                    .statusCode()).as("the actuator through nginx").isEqualTo(404);
            assertThat(HttpClient.newHttpClient().send(get("http://127.0.0.1:" + a.httpPort() + "/actuator/health"),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).as("the actuator at the node").isEqualTo(200);

            HttpResponse<String> large = http.send(HttpRequest.newBuilder(URI.create(nginx.url(
                            "/api/v1/permohonan-informasi"))).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"x\":\"" + "a".repeat(70_000) + "\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(large.statusCode()).as("a 70 kB JSON body").isEqualTo(413);

            b.kill();
            for (int read = 0; read < 6; read++) {
                assertThat(http.send(get(nginx.url("/status")), HttpResponse.BodyHandlers.ofString()).statusCode())
                        .as("read %d after node-b's death; nginx: %s", read, nginx.errors()).isEqualTo(200);
            }
        }
    }

    /** A citizen's write with an empty body, claiming in both forwarding headers to come from somewhere else. */
    private static HttpResponse<String> spoofedWrite(HttpClient http, Nginx nginx, int attempt)
            throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(nginx.url("/api/v1/permohonan-informasi")))
                .header("Content-Type", "application/json")
                .header("X-Forwarded-For", "203.0.113." + attempt)
                .header("Forwarded", "for=198.51.100." + attempt)
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).GET().build();
    }
}

package id.go.cilegon.sigap.webapp.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
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
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.imageio.ImageIO;
import javax.net.ssl.SSLException;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The production shape's front and its watch, from the deploy folder's own files: two nodes on one store, started as
 * compose.yaml starts them (the production profile from {@code infra/deploy/sigap/}, the store's URI and the scrape
 * password as secret files read through a config tree), with a small rate limit. In front, nginx with its deploy file
 * ({@link Nginx}): only Sigap's name is answered; Sigap learns the scheme from it, counts a client by the address
 * nginx saw whatever forwarding headers the client sends, and two nodes count it together, apart from another client;
 * nginx counts writes only, never a page read (many citizens share a carrier's address), and an office's logins apart;
 * nginx keeps the actuator and oversized bodies out, lets a complaint's photo through, and goes around a node that
 * died. Beside, Prometheus with its deploy file ({@link Prometheus})
 * scrapes both nodes with the scrape account.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ProductionShapeTest {

    /** Sigap's limit on a client's writes in this test; nginx lets eleven through at once (burst 10). */
    private static final int WRITES_PER_MINUTE = 5;
    /** The folder compose.yaml mounts as /etc/sigap/. */
    private static final Path PRODUCTION_PROFILE = Path.of("..", "infra", "deploy", "sigap");
    /** The secret compose.yaml gives the nodes as sigap.metrics.scrape-password and Prometheus as a file. */
    private static final String SCRAPE_PASSWORD = "sigap.metrics.scrape-password";
    private static final Duration SCRAPED = Duration.ofSeconds(30);
    private static final String BOUNDARY = "sigap-uji-produksi";

    @RegisterExtension
    final Nodes nodes = new Nodes();

    @TempDir
    Path data;

    @TempDir
    Path proxy;

    @TempDir
    Path secrets;

    @TempDir
    Path watch;

    @Test
    void nginx_answers_only_sigaps_name_counts_the_client_it_saw_keeps_its_limits_and_goes_around_a_dead_node()
            throws Exception {
        SigapProcess[] both = twoNodesAsInProduction();
        SigapProcess a = both[0];
        SigapProcess b = both[1];

        try (Nginx nginx = Nginx.start(proxy, a.httpPort(), b.httpPort())) {
            HttpClient http = nginx.client();

            HttpResponse<String> home = http.send(get(nginx.url("/")), HttpResponse.BodyHandlers.ofString());
            assertThat(home.statusCode()).as("the home page through nginx; nginx: %s", nginx.errors())
                    .isEqualTo(200);
            assertThat(home.headers().firstValue("Strict-Transport-Security")).as("HSTS: Sigap knows it is https")
                    .isPresent();
            assertThat(nginx.send("127.0.0.1", Nginx.NAME, "sigap.example.org", "GET /", "text/plain", new byte[0]))
                    .as("a request with another Host header: closed without an answer").isNull();
            assertThatThrownBy(() -> nginx.send("127.0.0.1", "sigap.example.org", "sigap.example.org", "GET /",
                    "text/plain", new byte[0])).as("a handshake for another name")
                    .isInstanceOf(UncheckedIOException.class).hasCauseInstanceOf(SSLException.class);

            byte[] photo = noise();
            assertThat(photo.length).as("the photo's size").isGreaterThan(100_000);
            assertThat(nginx.postFrom("127.0.0.3", "/api/v1/pengaduan", "multipart/form-data; boundary=" + BOUNDARY,
                    complaintWith(photo))).as("a complaint with a photo over nginx's 64 kB, through its upload route; "
                    + "nginx: %s", nginx.errors()).isEqualTo(201);

            for (int write = 1; write <= WRITES_PER_MINUTE; write++) {
                assertThat(spoofedWrite(http, nginx, write).statusCode()).as("write %d: refused for its empty body",
                        write).isEqualTo(400);
            }
            HttpResponse<String> over = spoofedWrite(http, nginx, WRITES_PER_MINUTE + 1);
            assertThat(over.statusCode()).as("one write more than the limit, claiming yet another address")
                    .isEqualTo(429);
            assertThat(over.body()).as("Sigap's answer, not nginx's").contains("urn:sigap:problem:too-many-requests");
            assertThat(nginx.postFrom("127.0.0.2", "/api/v1/permohonan-informasi", "application/json",
                    "{}".getBytes(StandardCharsets.US_ASCII))).as("a write of another client (127.0.0.2) meanwhile")
                    .isEqualTo(400);

            for (int read = 1; read <= 15; read++) {
                assertThat(nginx.getFrom("127.0.0.4", read % 3 == 0 ? "/masuk" : "/permohonan"))
                        .as("page %d read at once by one address (nginx lets eleven writes through at once); "
                                + "nginx: %s", read, nginx.errors()).isEqualTo(200);
            }

            for (int officer = 1; officer <= 20; officer++) {
                assertThat(nginx.postFrom("127.0.0.5", "/masuk", "application/x-www-form-urlencoded",
                        ("username=petugas" + officer + "&password=salah").getBytes(StandardCharsets.US_ASCII)))
                        .as("officer %d of an office logging in at once, refused by Sigap for no CSRF token, not by "
                                + "a limit", officer).isEqualTo(403);
            }

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

    @Test
    void prometheus_scrapes_both_nodes_with_the_scrape_account() {
        SigapProcess[] both = twoNodesAsInProduction();
        String[] targets = {"127.0.0.1:" + both[0].httpPort(), "127.0.0.1:" + both[1].httpPort()};

        try (Prometheus prometheus = Prometheus.start(watch, secrets.resolve(SCRAPE_PASSWORD), both[0].httpPort(),
                both[1].httpPort())) {
            both[0].await(SCRAPED, "scraped by Prometheus, and node-b with it", () -> {
                JsonNode active = prometheus.targets();
                return active.size() == 2 && active.valueStream().allMatch(target ->
                        "up".equals(target.path("health").asString()));
            });
            assertThat(prometheus.targets().valueStream().map(target -> target.path("labels").path("instance")
                    .asString()).toList()).as("the targets").containsExactlyInAnyOrder(targets);
            JsonNode failures = prometheus.query("eventProcessor_failureCounter_total{job=\"sigap\","
                    + "processorName=\"information-requests\"}");
            assertThat(failures.valueStream().map(sample -> sample.path("metric").path("instance").asString())
                    .toList()).as("a processor's metric of each node, in Prometheus; its log: %s", prometheus.log())
                    .containsExactlyInAnyOrder(targets);
        }
    }

    /**
     * The store alone and two nodes on it, as compose.yaml starts a node: the production profile from the deploy
     * folder, the store's URI and the scrape password as secret files read through a config tree.
     */
    private SigapProcess[] twoNodesAsInProduction() {
        int storePort = Nodes.freePort();
        nodes.storeAlone("store", data, storePort);
        try {
            Files.writeString(secrets.resolve("sigap.mongodb.uri"), "mongodb://127.0.0.1:" + storePort + "/sigap");
            Files.writeString(secrets.resolve(SCRAPE_PASSWORD), "uji-scrape-produksi");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> asInProduction = Map.of("SPRING_PROFILES_ACTIVE", "production",
                "SPRING_CONFIG_ADDITIONAL_LOCATION", "file:" + PRODUCTION_PROFILE.toAbsolutePath().normalize() + "/",
                "SPRING_CONFIG_IMPORT", "optional:configtree:" + secrets + "/");
        List<String> limits = List.of("--sigap.rate-limit.enabled=true",
                "--sigap.rate-limit.public-writes-per-minute=" + WRITES_PER_MINUTE);
        return nodes.twoNodes(limits, asInProduction);
    }

    /** A PNG of random pixels, which no compression makes small: some 120 kB. */
    private static byte[] noise() throws IOException {
        BufferedImage image = new BufferedImage(200, 200, BufferedImage.TYPE_INT_RGB);
        Random pixels = new Random(7);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, pixels.nextInt(0x1000000));
            }
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        return png.toByteArray();
    }

    /** An anonymous complaint's multipart form with {@code photo} as its one attachment. */
    private static byte[] complaintWith(byte[] photo) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Map<String, String> fields = Map.of("judul", "Lampu jalan padam di depan taman",
                "uraian", "Lampu jalan di depan taman kelurahan padam sejak tiga malam.",
                "kategori", "KEBERSIHAN_LINGKUNGAN", "kecamatan", "Cilegon", "kelurahan", "Ketileng", "anonim", "true");
        for (Map.Entry<String, String> field : fields.entrySet()) {
            body.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                    + "\"\r\n\r\n" + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"lampiran\"; "
                + "filename=\"lampu.png\"\r\nContent-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(photo);
        body.write(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
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

package id.go.cilegon.sigap.webapp.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import id.go.cilegon.sigap.webapp.shared.MalformedRequests.Endpoint;
import id.go.cilegon.sigap.webapp.shared.MalformedRequests.Probe;
import id.go.cilegon.sigap.webapp.shared.MalformedRequests.Template;
import id.go.cilegon.sigap.webapp.support.Http;
import id.go.cilegon.sigap.webapp.support.RawHttp;
import id.go.cilegon.sigap.webapp.support.SigapTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Bad input at volume: at least 10,000 malformed requests ({@link MalformedRequests}, seeded, so every run sends the
 * same ones) over real HTTP to every public endpoint — each one the handler mapping holds outside the officers' and
 * administrators' paths, so a new public endpoint is fuzzed without a line here, and the health endpoint. Every
 * answer must be a refusal or a page, never a 5xx, never a 429 (the test profile turns the rate limits off, so each
 * request reaches the application), and fewer than one in five stopped by the CSRF token or a signature before
 * validation; an API's refusal carries problem details; nothing may be stored, counted over every collection of the
 * database, the event store and its counters included; and the service is still healthy afterwards.
 *
 * <p>The application is shared with the other test classes, which run one after another: the fuzzer waits until no
 * collection changes any more (work left over by the test before it, such as projections catching up) before its
 * first count and again before its second.
 */
@SigapTest
class MalformedRequestFuzzTest {

    private static final long SEED = 20_261_123L;
    private static final int REQUESTS = 10_500;
    private static final int CONCURRENCY = 4;
    private static final Set<String> OFFICER_PATHS = Set.of("/petugas", "/admin", "/api/v1/petugas");
    private static final List<String> SEQUENCE_COLLECTIONS = List.of("counters", "register_sequences");

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Autowired
    MongoDatabase database;

    @Value("${sigap.whatsapp.app-secrets}")
    List<String> webhookSecrets;

    @Value("${sigap.open311.api-keys}")
    List<String> open311Keys;

    private RawHttp client;

    @BeforeEach
    void connect() {
        client = new RawHttp(port, Duration.ofSeconds(30));
    }

    @AfterEach
    void disconnect() {
        client.close();
    }

    @Test
    void malformed_requests_to_every_public_endpoint_are_refused_without_a_server_error_and_store_nothing() {
        String[] visitor = visitor(client);
        List<Endpoint> endpoints = publicEndpoints();
        MalformedRequests requests = new MalformedRequests(new Random(SEED), visitor[0], visitor[1],
                webhookSecrets.get(0), templates());
        int perEndpoint = REQUESTS / (int) endpoints.stream().mapToLong(e -> e.method().equals("POST") ? 2 : 1).sum()
                + 1;
        List<Probe> probes = new ArrayList<>();
        endpoints.forEach(endpoint -> probes.addAll(requests.probes(endpoint,
                endpoint.method().equals("POST") ? 2 * perEndpoint : perEndpoint)));

        Map<String, Object> before = quiescentSnapshot();
        List<Answer> answers = Flux.fromIterable(probes)
                .flatMap(probe -> Mono.fromCallable(() -> send(client, probe)).subscribeOn(Schedulers.boundedElastic()),
                        CONCURRENCY)
                .collectList().block();
        Map<String, Object> after = quiescentSnapshot();

        assertThat(probes).hasSizeGreaterThanOrEqualTo(10_000);
        assertThat(answers).hasSameSizeAs(probes);
        assertThat(answers.stream().filter(answer -> answer.status() >= 500 || answer.status() < 100)
                .map(Answer::toString).limit(50)).as("server errors or no answer").isEmpty();
        assertThat(answers.stream().filter(answer -> answer.status() == 429).count())
                .as("rate-limited answers: they would not have reached validation").isZero();
        Map<Integer, Long> statuses = answers.stream()
                .collect(Collectors.groupingBy(Answer::status, TreeMap::new, Collectors.counting()));
        long stoppedByAuthority = statuses.getOrDefault(401, 0L) + statuses.getOrDefault(403, 0L);
        assertThat(stoppedByAuthority).as("answers by status: " + statuses).isLessThan(probes.size() / 5);
        assertThat(answers.stream().filter(answer -> answer.probe().uri().startsWith("/api/")
                        && answer.status() >= 400 && !answer.body().isEmpty()
                        && !String.valueOf(answer.contentType()).startsWith("application/problem+json"))
                .map(Answer::toString).limit(20)).as("API refusals without problem details").isEmpty();
        assertThat(answers.stream().map(answer -> answer.probe().endpoint()).distinct().count())
                .as("endpoints fuzzed").isEqualTo(endpoints.size());
        assertThat(after).as("documents per collection, and the sequence counters").isEqualTo(before);
        assertThat(send(client, new Probe("health", "health", "GET", "/actuator/health", List.of(), new byte[0])))
                .satisfies(health -> {
                    assertThat(health.status()).isEqualTo(200);
                    assertThat(health.body()).contains("\"status\":\"UP\"");
                });
    }

    /** An answer: the status code (-1 if none came), its content type and the start of its body. */
    record Answer(Probe probe, int status, String contentType, String body) {

        @Override
        public String toString() {
            return status + " " + contentType + " ← " + probe + " : " + body;
        }
    }

    private static Answer send(RawHttp client, Probe probe) {
        RawHttp.Answer answer = client.send(probe.method(), probe.uri(), probe.headers(), probe.body());
        return new Answer(probe, answer.status(), answer.header("Content-Type"),
                answer.body().substring(0, Math.min(answer.body().length(), 400)));
    }

    /** Every endpoint a visitor without an account may call, in a fixed order, and the health endpoint. */
    private List<Endpoint> publicEndpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        mapping.getHandlerMethods().forEach((info, handler) -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods().isEmpty()
                    ? Set.of(RequestMethod.GET) : info.getMethodsCondition().getMethods();
            info.getPatternsCondition().getPatterns().forEach(pattern -> methods.forEach(method -> {
                String path = pattern.getPatternString();
                if (OFFICER_PATHS.stream().noneMatch(officer -> path.equals(officer)
                        || path.startsWith(officer + "/"))) {
                    endpoints.add(new Endpoint(method.name(), path, handler,
                            List.copyOf(info.getConsumesCondition().getConsumableMediaTypes())));
                }
            }));
        });
        endpoints.add(new Endpoint("GET", "/actuator/health", null, List.of()));
        endpoints.sort(Comparator.comparing(Endpoint::key));
        return endpoints;
    }

    /** Bodies the creating endpoints would accept as they are; the fuzzer breaks each before sending it. */
    private Map<String, Template> templates() {
        Map<String, String> request = new LinkedHashMap<>();
        request.put("nama", "Rina Marlina");
        request.put("jenisIdentitas", "NIK");
        request.put("nomorIdentitas", "3672014101900005");
        request.put("alamat", "Jl. Sultan Ageng Tirtayasa No. 10, Cilegon");
        request.put("telepon", "081234567890");
        request.put("email", "rina@example.org");
        request.put("pekerjaan", "Karyawan swasta");
        request.put("informasiDiminta", "Daftar sekolah negeri penerima dana BOS daerah tahun 2026");
        request.put("tujuanPenggunaan", "Memilih sekolah untuk anak");
        request.put("caraMemperoleh", "SALINAN_SOFTCOPY");
        request.put("caraMendapatkanSalinan", "EMAIL");
        Template requestForm = new Template(request, List.of("nama", "jenisIdentitas", "nomorIdentitas", "alamat",
                "pekerjaan", "informasiDiminta", "tujuanPenggunaan", "caraMemperoleh", "caraMendapatkanSalinan"),
                List.of("jenisIdentitas", "caraMemperoleh", "caraMendapatkanSalinan"));
        Map<String, String> complaint = new LinkedHashMap<>();
        complaint.put("judul", "Jalan berlubang");
        complaint.put("uraian", "Jalan berlubang di depan Pasar Kranggot, dalam sekitar 20 cm");
        complaint.put("kategori", "INFRASTRUKTUR");
        complaint.put("kecamatan", "Jombang");
        complaint.put("kelurahan", "Jombang Wetan");
        complaint.put("nama", "Dedi Kurniawan");
        complaint.put("telepon", "081377700011");
        Template complaintForm = new Template(complaint, List.of("judul", "uraian", "kategori", "kecamatan",
                "kelurahan"), List.of("kategori", "kecamatan", "kelurahan"));
        Map<String, String> open311 = new LinkedHashMap<>();
        open311.put("api_key", open311Keys.get(0));
        open311.put("service_code", "INFRASTRUKTUR");
        open311.put("description", "Jalan berlubang di depan Pasar Kranggot, dalam sekitar 20 cm");
        open311.put("attribute[kecamatan]", "Jombang");
        open311.put("attribute[kelurahan]", "Jombang Wetan");
        open311.put("first_name", "Dedi");
        open311.put("phone", "081377700011");
        Template open311Form = new Template(open311, List.of("service_code", "description", "attribute[kecamatan]",
                "attribute[kelurahan]"), List.of("service_code", "attribute[kecamatan]"));
        return Map.of("POST /permohonan", requestForm, "POST /api/v1/permohonan-informasi", requestForm,
                "POST /pengaduan", complaintForm, "POST /api/v1/pengaduan", complaintForm,
                "POST /open311/v2/requests.{format}", open311Form);
    }

    /** The CSRF cookie and token of a visitor who opened the request form. */
    private static String[] visitor(RawHttp client) {
        RawHttp.Answer form = client.send("GET", "/permohonan", List.of(), new byte[0]);
        return new String[] {form.cookie("sigap-csrf"), Http.csrfToken(form.body())};
    }

    /**
     * The number of documents in every collection, and the contents of the sequence counters (a number taken and
     * given up is a gap in a register), once two counts a second apart agree.
     */
    private Map<String, Object> quiescentSnapshot() {
        Map<String, Object> previous = snapshot();
        for (int attempt = 0; attempt < 60; attempt++) {
            sleep(Duration.ofMillis(1000));
            Map<String, Object> current = snapshot();
            if (current.equals(previous)) {
                return current;
            }
            previous = current;
        }
        return previous;
    }

    private Map<String, Object> snapshot() {
        Map<String, Object> snapshot = new TreeMap<>();
        for (String collection : database.listCollectionNames()) {
            snapshot.put(collection, database.getCollection(collection).countDocuments());
            if (SEQUENCE_COLLECTIONS.contains(collection)) {
                List<Document> documents = database.getCollection(collection).find().into(new ArrayList<>());
                documents.sort(Comparator.comparing(document -> String.valueOf(document.get("_id"))));
                snapshot.put(collection + " (contents)", documents.toString());
            }
        }
        return snapshot;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

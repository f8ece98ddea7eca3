package id.go.cilegon.sigap.webapp.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import id.go.cilegon.sigap.infra.personaldata.BlindIndex;
import id.go.cilegon.sigap.infra.personaldata.MasterKey;
import id.go.cilegon.sigap.webapp.InMemoryStore;
import id.go.cilegon.sigap.webapp.support.BundledMessages;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * The token buckets in front of the login, the citizens' writes and the WhatsApp webhook, with small limits so they
 * run out; kept in the embedded store, as every node keeps them.
 */
class RateLimitTest {

    @RegisterExtension
    static final InMemoryStore STORE = new InMemoryStore();
    private static final BlindIndex INDEX = BlindIndex.derivedFrom(MasterKey.generate());

    /** One store per test; each node made by {@link #node} counts in it. */
    private final MongoDatabase database = STORE.freshDatabase();
    private final StoredBuckets stored = new StoredBuckets(database,
            Clock.fixed(Instant.parse("2026-11-24T02:00:00Z"), ZoneOffset.UTC));
    private final WebTestClient client = node(3, 2, 4);

    /**
     * A node with these limits ({@code logins} per name typed; six login steps per address), its every request from
     * 10.0.0.7 unless it says {@code X-Test-Client}, or, as Spring gives an address taken from forwarding headers,
     * unresolved from {@code X-Test-Forwarded}.
     */
    private WebTestClient node(int logins, int writes, int webhook) {
        return WebTestClient.bindToWebHandler(exchange -> exchange.getResponse().setComplete())
                .webFilter(RateLimitTest::fromClient, new RateLimit(true, logins, 6, writes, webhook, stored, INDEX,
                        BundledMessages.fieldMessages(), JsonMapper.builder().build()))
                .build();
    }

    private static Mono<Void> fromClient(ServerWebExchange exchange, WebFilterChain chain) {
        String client = Objects.requireNonNullElse(exchange.getRequest().getHeaders().getFirst("X-Test-Client"),
                "10.0.0.7");
        String forwarded = exchange.getRequest().getHeaders().getFirst("X-Test-Forwarded");
        return chain.filter(exchange.mutate().request(new ServerHttpRequestDecorator(exchange.getRequest()) {
            @Override
            public InetSocketAddress getRemoteAddress() {
                return forwarded == null ? new InetSocketAddress(client, 40_000)
                        : InetSocketAddress.createUnresolved(forwarded, 443);
            }
        }).build());
    }

    private EntityExchangeResult<String> post(String path) {
        return post(client, path);
    }

    private static EntityExchangeResult<String> post(WebTestClient node, String path) {
        return node.post().uri(path).exchange().expectBody(String.class).returnResult();
    }

    private EntityExchangeResult<String> login(String name) {
        return client.post().uri("/masuk").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("username", name).with("password", "salah"))
                .exchange().expectBody(String.class).returnResult();
    }

    @Test
    void the_fourth_try_of_one_name_in_a_minute_waits_with_a_page_saying_how_long() {
        for (int attempt = 0; attempt < 3; attempt++) {
            assertThat(login("petugas").getStatus().value()).isEqualTo(200);
        }
        EntityExchangeResult<String> refused = login("petugas");

        assertThat(refused.getStatus().value()).isEqualTo(429);
        assertThat(Integer.parseInt(refused.getResponseHeaders().getFirst("Retry-After"))).isBetween(1, 60);
        assertThat(refused.getResponseBody()).contains("<h1>Terlalu banyak permintaan</h1>")
                .as("a page for a phone, in the site's look, with the way back")
                .contains("<meta name=\"viewport\"", "href=\"/css/sigap.css\"", "class=\"site-header\"",
                        "<a class=\"button\" href=\"/\">Kembali ke beranda</a>");
        assertThat(login(" PETUGAS").getStatus().value()).as("the name as typed, in any case").isEqualTo(429);
        assertThat(login("supervisor").getStatus().value()).as("another officer at the same address")
                .isEqualTo(200);
    }

    @Test
    void a_login_body_that_is_no_small_readable_form_has_no_name_and_is_left_to_the_filters_after() {
        assertThat(loginWithBody("username=%zz&password=salah").getStatus().value()).as("a broken escape")
                .isEqualTo(200);
        assertThat(loginWithBody("username=panjang&password=" + "a".repeat(5000)).getStatus().value())
                .as("more than a login form").isEqualTo(200);
        assertThat(login("").getStatus().value()).as("an empty name").isEqualTo(200);

        assertThat(loginWithBody("username=%zz").getStatus().value()).as("all three one name, \"-\"")
                .isEqualTo(429);
        assertThat(login("petugas").getStatus().value()).isEqualTo(200);
    }

    private EntityExchangeResult<String> loginWithBody(String body) {
        return client.post().uri("/masuk").contentType(MediaType.APPLICATION_FORM_URLENCODED).bodyValue(body)
                .exchange().expectBody(String.class).returnResult();
    }

    @Test
    void an_office_behind_one_address_shares_a_larger_bucket_for_every_step_of_every_login() {
        assertThat(login("petugas").getStatus().value()).isEqualTo(200);
        assertThat(post("/masuk/kode").getStatus().value()).isEqualTo(200);
        for (String name : List.of("supervisor", "admin", "media", "pengelola")) {
            assertThat(login(name).getStatus().value()).isEqualTo(200);
        }

        assertThat(login("operator").getStatus().value()).as("the seventh step from the address").isEqualTo(429);
        assertThat(post("/masuk/kode").getStatus().value()).as("a code too").isEqualTo(429);
        assertThat(client.post().uri("/masuk").header("X-Test-Client", "10.0.0.8").exchange()
                .expectBody(String.class).returnResult().getStatus().value()).as("another address").isEqualTo(200);
        List<String> keys = database.getCollection(StoredBuckets.COLLECTION).find()
                .map(bucket -> bucket.getString("_id")).into(new ArrayList<>());
        assertThat(keys).as("a bucket for each name but the refused one, and for each address; no address and no "
                + "name in them").hasSize(8).noneMatch(key -> key.contains("10.0.0")
                || key.contains("petugas") || key.contains("admin"));
    }

    @Test
    void citizens_writes_run_out_per_minute_with_problem_details_for_the_api() {
        assertThat(post("/api/v1/pengaduan").getStatus().value()).isEqualTo(200);
        assertThat(post("/pengaduan").getStatus().value()).isEqualTo(200);
        EntityExchangeResult<String> refused = post("/api/v1/status-pengaduan/ABC/penilaian");

        assertThat(refused.getStatus().value()).isEqualTo(429);
        assertThat(refused.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused.getResponseBody()).contains("urn:sigap:problem:too-many-requests");
        assertThat(login("petugas").getStatus().value()).as("the login has its own buckets").isEqualTo(200);
    }

    @Test
    void the_whatsapp_webhook_has_a_bucket_of_its_own() {
        for (int attempt = 0; attempt < 4; attempt++) {
            assertThat(post("/api/v1/whatsapp/webhook").getStatus().value()).isEqualTo(200);
        }
        EntityExchangeResult<String> refused = post("/api/v1/whatsapp/webhook");

        assertThat(refused.getStatus().value()).isEqualTo(429);
        assertThat(refused.getResponseBody()).contains("urn:sigap:problem:too-many-requests");
        assertThat(post("/api/v1/pengaduan").getStatus().value()).as("the citizens' writes are apart").isEqualTo(200);
    }

    @Test
    void reading_and_officers_work_are_not_limited() {
        for (int attempt = 0; attempt < 10; attempt++) {
            assertThat(client.get().uri("/pengaduan/publik").exchange().expectBody(String.class).returnResult()
                    .getStatus().value()).isEqualTo(200);
            assertThat(post("/petugas/pengaduan/x/verifikasi").getStatus().value()).isEqualTo(200);
        }
    }

    @Test
    void two_nodes_count_a_client_against_the_same_buckets() {
        WebTestClient other = node(3, 4, 4);
        WebTestClient first = node(3, 4, 4);
        assertThat(post(first, "/api/v1/pengaduan").getStatus().value()).isEqualTo(200);
        assertThat(post(other, "/pengaduan").getStatus().value()).isEqualTo(200);
        assertThat(post(first, "/permohonan").getStatus().value()).isEqualTo(200);
        assertThat(post(other, "/api/v1/permohonan-informasi").getStatus().value()).isEqualTo(200);

        assertThat(post(first, "/pengaduan").getStatus().value()).as("the fifth write, on the first node")
                .isEqualTo(429);
        assertThat(post(other, "/pengaduan").getStatus().value()).as("and on the other").isEqualTo(429);
        assertThat(post(node(3, 4, 4), "/pengaduan").getStatus().value()).as("on a node started since")
                .isEqualTo(429);
    }

    @Test
    void a_changed_limit_starts_new_buckets() {
        for (int attempt = 0; attempt < 2; attempt++) {
            assertThat(post("/pengaduan").getStatus().value()).isEqualTo(200);
        }
        assertThat(post("/pengaduan").getStatus().value()).isEqualTo(429);

        assertThat(post(node(3, 5, 4), "/pengaduan").getStatus().value()).as("a node with a higher limit")
                .isEqualTo(200);
    }

    @Test
    void a_node_settles_a_larger_limit_with_the_store_at_every_tenth_of_it() {
        WebTestClient first = node(3, 20, 4);
        WebTestClient other = node(3, 20, 4);
        int granted = 0;
        for (int attempt = 0; attempt < 40; attempt++) {
            granted += post(attempt % 2 == 0 ? first : other, "/pengaduan").getStatus().value() == 200 ? 1 : 0;
        }

        assertThat(granted).as("twenty a minute, and at most two more on each of two nodes").isBetween(20, 24);
        assertThat(post(node(3, 20, 4), "/pengaduan").getStatus().value()).as("a third node").isEqualTo(429);
    }

    @Test
    void each_client_address_has_its_buckets_and_the_store_keeps_no_address() {
        for (int attempt = 0; attempt < 2; attempt++) {
            assertThat(post("/pengaduan").getStatus().value()).isEqualTo(200);
        }
        assertThat(post("/pengaduan").getStatus().value()).isEqualTo(429);

        assertThat(client.post().uri("/pengaduan").header("X-Test-Client", "10.0.0.8").exchange()
                .expectBody(String.class).returnResult().getStatus().value()).as("another address").isEqualTo(200);
        List<String> keys = database.getCollection(StoredBuckets.COLLECTION).find()
                .map(bucket -> bucket.getString("_id")).into(new ArrayList<>());
        assertThat(keys).hasSize(2).allSatisfy(key -> assertThat(key).startsWith("write|2|ALAMAT_IP:")
                .doesNotContain("10.0.0"));
    }

    @Test
    void an_address_taken_from_forwarding_headers_is_its_client_and_text_that_is_no_address_is_one_unknown() {
        for (int attempt = 0; attempt < 2; attempt++) {
            assertThat(forwardedFrom("203.0.113.9").getStatus().value()).isEqualTo(200);
        }
        assertThat(forwardedFrom("203.0.113.9").getStatus().value()).isEqualTo(429);
        assertThat(forwardedFrom("2001:db8::9").getStatus().value()).as("another client").isEqualTo(200);

        assertThat(forwardedFrom("evil.example").getStatus().value()).isEqualTo(200);
        assertThat(forwardedFrom("not an address").getStatus().value()).isEqualTo(200);
        assertThat(forwardedFrom("x".repeat(300)).getStatus().value()).as("all of them one client").isEqualTo(429);
    }

    private EntityExchangeResult<String> forwardedFrom(String address) {
        return client.post().uri("/pengaduan").header("X-Test-Forwarded", address).exchange()
                .expectBody(String.class).returnResult();
    }
}

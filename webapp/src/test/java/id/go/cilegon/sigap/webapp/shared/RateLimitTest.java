package id.go.cilegon.sigap.webapp.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The token buckets in front of the login, the citizens' writes and the WhatsApp webhook, with small limits so they
 * run out.
 */
class RateLimitTest {

    private final WebTestClient client = WebTestClient
            .bindToWebHandler(exchange -> exchange.getResponse().setComplete())
            .webFilter(new RateLimit(true, 3, 2, 4, new FieldMessages(messages()), JsonMapper.builder().build()))
            .build();

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    private EntityExchangeResult<String> post(String path) {
        return client.post().uri(path).exchange().expectBody(String.class).returnResult();
    }

    @Test
    void the_fourth_login_in_a_minute_waits_with_a_page_saying_how_long() {
        for (int attempt = 0; attempt < 3; attempt++) {
            assertThat(post("/masuk").getStatus().value()).isEqualTo(200);
        }
        EntityExchangeResult<String> refused = post("/masuk");

        assertThat(refused.getStatus().value()).isEqualTo(429);
        assertThat(Integer.parseInt(refused.getResponseHeaders().getFirst("Retry-After"))).isBetween(1, 60);
        assertThat(refused.getResponseBody()).contains("Terlalu banyak permintaan");
    }

    @Test
    void totp_codes_are_tried_from_the_logins_bucket() {
        for (int attempt = 0; attempt < 2; attempt++) {
            assertThat(post("/masuk").getStatus().value()).isEqualTo(200);
        }
        assertThat(post("/masuk/kode").getStatus().value()).isEqualTo(200);

        assertThat(post("/masuk/kode").getStatus().value()).isEqualTo(429);
    }

    @Test
    void citizens_writes_run_out_per_minute_with_problem_details_for_the_api() {
        assertThat(post("/api/v1/pengaduan").getStatus().value()).isEqualTo(200);
        assertThat(post("/pengaduan").getStatus().value()).isEqualTo(200);
        EntityExchangeResult<String> refused = post("/api/v1/status-pengaduan/ABC/penilaian");

        assertThat(refused.getStatus().value()).isEqualTo(429);
        assertThat(refused.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused.getResponseBody()).contains("urn:sigap:problem:too-many-requests");
        assertThat(post("/masuk").getStatus().value()).as("the login has its own bucket").isEqualTo(200);
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
}

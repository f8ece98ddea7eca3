package id.go.cilegon.sigap.webapp.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.go.cilegon.sigap.webapp.support.Http;
import id.go.cilegon.sigap.webapp.support.SigapTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

/**
 * The monitoring server reads Sigap's metrics in Prometheus's format with its scrape account; nobody else reads
 * them: no account 401, a wrong password 401, an officer's session (even the administrator's) 403.
 */
@SigapTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class MetricsScrapeTest {

    private static final String PASSWORD = "rahasia-metrik-1";
    /** A processor's count of handled events, once it has handled one. */
    private static final Pattern HANDLED =
            Pattern.compile("(?m)^eventProcessor_successCounter_total\\{processorName=\"information-requests\"} [1-9]");

    @LocalServerPort
    int port;

    @Autowired
    OfficerAccounts accounts;

    @Test
    void the_scrape_account_reads_command_processor_event_store_and_http_metrics() {
        new Http(port).client().post().uri("/api/v1/permohonan-informasi").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("nama", "Metrik Uji", "jenisIdentitas", "NIK", "nomorIdentitas", "3672014101900066",
                        "alamat", "Jl. Uji 6", "telepon", "081200006666", "pekerjaan", "Guru",
                        "informasiDiminta", "Anggaran perawatan jalan 2026", "tujuanPenggunaan", "Penelitian",
                        "caraMemperoleh", "SALINAN_SOFTCOPY", "caraMendapatkanSalinan", "EMAIL")).exchange().expectStatus().isCreated();

        // The buses' meters are tagged by payload type, so they appear with the first message of each; the
        // processors' are there from the start and count what they handled.
        EntityExchangeResult<String> scrape = await().atMost(Duration.ofSeconds(20)).until(
                () -> scrape("prometheus", "uji-scrape-rahasia"),
                result -> HANDLED.matcher(String.valueOf(result.getResponseBody())).find());

        assertThat(scrape.getStatus().value()).isEqualTo(200);
        assertThat(scrape.getResponseHeaders().getContentType()).isNotNull()
                .satisfies(type -> assertThat(type.toString()).startsWith("text/plain"));
        assertThat(scrape.getResponseBody()).contains("http_server_requests_seconds_count",
                "payloadType=\"RegisterInformationRequest\"", "jvm_memory_used_bytes")
                .containsPattern("(?m)^commandBus\\w*")
                .containsPattern("(?m)^eventProcessor_latency\\{processorName=\"information-requests\"")
                .containsPattern("(?m)^eventProcessor_failureCounter_total\\{processorName=\"information-requests\"} 0")
                .containsPattern("(?m)^eventStore_successCounter_total")
                .as("the processors' meters are not looked up per payload type")
                .doesNotContainPattern("(?m)^eventProcessor\\w*\\{[^}]*payloadType")
                .as("Spring Security times none of its filters").doesNotContain("spring_security_");
        assertThat(scrape.getResponseCookies()).as("a scrape keeps no session").doesNotContainKey("SESSION");
    }

    @Test
    void without_the_scrape_account_the_metrics_are_refused() {
        accounts.save("metrik-admin", "Admin metrik", PASSWORD, List.of(OfficerRole.ADMIN));
        accounts.save("metrik-petugas", "Petugas metrik", PASSWORD, List.of(OfficerRole.PETUGAS_PPID));
        Http admin = new Http(port);
        admin.logIn("metrik-admin", PASSWORD);
        Http officer = new Http(port);
        officer.logIn("metrik-petugas", PASSWORD);

        assertThat(new Http(port).download(MetricsScrapeAccess.PATH).getStatus().value()).isEqualTo(401);
        assertThat(scrape("prometheus", "salah").getStatus().value()).isEqualTo(401);
        assertThat(scrape("petugas", "uji-scrape-rahasia").getStatus().value()).isEqualTo(401);
        assertThat(admin.download(MetricsScrapeAccess.PATH).getStatus().value()).isEqualTo(403);
        assertThat(officer.download(MetricsScrapeAccess.PATH).getStatus().value()).isEqualTo(403);
    }

    private EntityExchangeResult<String> scrape(String user, String password) {
        String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new Http(port).client().get().uri(MetricsScrapeAccess.PATH)
                .header(HttpHeaders.AUTHORIZATION, "Basic " + basic)
                .exchange().expectBody(String.class).returnResult();
    }
}

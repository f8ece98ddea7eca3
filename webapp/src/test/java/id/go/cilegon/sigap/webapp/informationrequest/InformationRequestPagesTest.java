package id.go.cilegon.sigap.webapp.informationrequest;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import id.go.cilegon.sigap.webapp.security.OfficerAccounts;
import id.go.cilegon.sigap.webapp.security.OfficerRole;
import id.go.cilegon.sigap.webapp.support.Http;
import id.go.cilegon.sigap.webapp.support.SigapTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

@SigapTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class InformationRequestPagesTest {

    @LocalServerPort
    int port;

    @Autowired
    MongoDatabase database;

    @Autowired
    OfficerAccounts accounts;

    private Http browser;

    @BeforeEach
    void openBrowser() {
        browser = new Http(port);
    }

    static MultiValueMap<String, String> validForm() {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        InformationRequestApiTest.validRequest().forEach((field, value) -> form.add(field, String.valueOf(value)));
        return form;
    }

    @Test
    void the_form_is_in_indonesian_and_switches_to_english() {
        assertThat(browser.page("/permohonan").getResponseBody())
                .contains("Formulir Permohonan Informasi Publik", "lang=\"id\"");
        assertThat(browser.page("/permohonan?lang=en").getResponseBody())
                .contains("Public Information Request Form", "lang=\"en\"");
        assertThat(browser.page("/permohonan").getResponseBody())
                .as("the choice of English is remembered").contains("Public Information Request Form");
    }

    @Test
    void a_submitted_form_leads_to_the_status_page_with_number_and_due_date() {
        EntityExchangeResult<String> submitted = browser.submit("/permohonan", "/permohonan", validForm());

        assertThat(submitted.getStatus()).isEqualTo(HttpStatus.SEE_OTHER);
        String statusPage = submitted.getResponseHeaders().getLocation().toString();
        assertThat(statusPage).matches("/status/[0-9A-Z]{20}\\?baru=1");

        String html = browser.page(statusPage).getResponseBody();
        assertThat(html).contains("Permohonan Anda sudah terdaftar", "PPID wajib memberi pemberitahuan tertulis paling lambat",
                "10 hari kerja");
        assertThat(html).containsPattern("PPID/\\d{4}/\\d{6}");
    }

    @Test
    void a_form_with_mistakes_comes_back_with_the_messages_and_the_values_and_stores_nothing() {
        MultiValueMap<String, String> form = validForm();
        form.set("nomorIdentitas", "12345");
        form.set("nama", "");
        long events = database.getCollection("events").countDocuments();

        EntityExchangeResult<String> result = browser.submit("/permohonan", "/permohonan", form);

        assertThat(result.getStatus()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(result.getResponseBody())
                .contains("NIK harus terdiri dari 16 angka", "wajib diisi", "value=\"12345\"",
                        "Jl. Sultan Ageng Tirtayasa No. 10, Cilegon");
        assertThat(database.getCollection("events").countDocuments()).isEqualTo(events);
        String summary = result.getResponseBody().substring(result.getResponseBody().indexOf("error-summary"));
        assertThat(summary.indexOf("href=\"#nama\"")).as("the summary follows the form's order")
                .isLessThan(summary.indexOf("href=\"#nomorIdentitas\""));
    }

    @Test
    void an_unknown_page_is_a_friendly_404_and_an_unknown_api_path_a_problem() {
        EntityExchangeResult<String> page = browser.page("/tidak-ada");
        assertThat(page.getStatus()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(page.getResponseBody()).contains("Halaman tidak ditemukan", "Kembali ke beranda")
                .as("the site's header and footer, without the menu an error page cannot know")
                .contains("class=\"site-header\"", "Register permohonan informasi dan keberatan (publik)")
                .doesNotContain("aria-label=\"Menu\"")
                .as("a way to what a citizen most likely looked for").contains("href=\"/status\"");
        assertThat(browser.page("/tidak-ada?lang=en").getResponseBody()).contains("lang=\"en\"", "Page not found");

        browser.client().get().uri("/api/v1/tidak-ada").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.title").isEqualTo("Tidak ditemukan");
    }

    @Test
    void a_form_without_its_csrf_token_is_refused() {
        browser.client().post().uri("/permohonan").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData(validForm()))
                .exchange().expectStatus().isForbidden();
    }

    @Test
    void the_requester_withdraws_with_the_tracking_code_and_the_request_leaves_the_queue() {
        String statusPage = browser.submit("/permohonan", "/permohonan", validForm())
                .getResponseHeaders().getLocation().toString().replace("?baru=1", "");
        assertThat(browser.page(statusPage + "?baru=1").getResponseBody()).contains("Batalkan permohonan");
        MultiValueMap<String, String> reason = new LinkedMultiValueMap<>();
        reason.add("alasan", "Sudah mendapat data dari sekolah");

        EntityExchangeResult<String> withdrawn = browser.submit(statusPage, statusPage + "/batalkan", reason);

        assertThat(withdrawn.getStatus()).isEqualTo(HttpStatus.SEE_OTHER);
        String after = browser.page(withdrawn.getResponseHeaders().getLocation().toString()).getResponseBody();
        assertThat(after).contains("Permohonan Anda telah dibatalkan.", "Dibatalkan oleh pemohon")
                .doesNotContain("id=\"batalkan\"");
        String everyEvent = database.getCollection("events").find()
                .map(org.bson.Document::toJson).into(new java.util.ArrayList<>()).toString();
        assertThat(everyEvent).as("the reason is kept with the withdrawal")
                .contains("InformationRequestWithdrawn", "Sudah mendapat data dari sekolah");
    }

    @Test
    void a_withdrawal_reason_that_is_too_long_is_refused_and_changes_nothing() {
        String statusPage = browser.submit("/permohonan", "/permohonan", validForm())
                .getResponseHeaders().getLocation().toString().replace("?baru=1", "");
        browser.page(statusPage + "?baru=1");
        MultiValueMap<String, String> reason = new LinkedMultiValueMap<>();
        reason.add("alasan", "x".repeat(1001));

        EntityExchangeResult<String> refused = browser.submit(statusPage, statusPage + "/batalkan", reason);

        assertThat(refused.getStatus()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getResponseBody()).contains("Alasan paling banyak 1000 karakter", "Diterima - sedang diproses");
    }

    @Test
    void hostile_text_is_shown_escaped() {
        MultiValueMap<String, String> form = validForm();
        form.set("informasiDiminta", "<script>alert('x')</script>");
        String statusPage = browser.submit("/permohonan", "/permohonan", form)
                .getResponseHeaders().getLocation().toString();

        String html = browser.page(statusPage).getResponseBody();

        assertThat(html).doesNotContain("<script>alert").contains("&lt;script&gt;");
    }

    @Test
    void a_mistyped_tracking_code_is_not_found_and_a_malformed_one_is_explained() {
        EntityExchangeResult<String> unknown = browser.page("/status/ABCD-EFGH-JKMN-PQRS-TVWX");
        assertThat(unknown.getStatus()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknown.getResponseBody()).contains("Kode pelacakan tidak ditemukan");

        assertThat(browser.page("/status?kode=abc").getResponseBody()).contains("Kode pelacakan tidak valid");
    }

    @Test
    void the_officer_queue_needs_a_login_and_then_lists_open_requests_with_days_left() {
        EntityExchangeResult<String> anonymous = browser.page("/petugas/permohonan");
        assertThat(anonymous.getStatus().is3xxRedirection()).isTrue();
        assertThat(anonymous.getResponseHeaders().getLocation().toString()).endsWith("/masuk");

        browser.submit("/permohonan", "/permohonan", validForm());
        accounts.save("uji-petugas", "Petugas uji", "rahasia-uji-123", List.of(OfficerRole.PETUGAS_PPID));
        browser.logIn("uji-petugas", "rahasia-uji-123");

        String queue = browser.listing("/petugas/permohonan");
        assertThat(queue).contains("Antrian Permohonan Informasi", "Rina Marlina", "Sesuai jadwal");
    }

    @Test
    void a_wrong_password_does_not_log_in() {
        accounts.save("uji-salah", "Petugas uji", "rahasia-uji-123", List.of(OfficerRole.PETUGAS_PPID));

        EntityExchangeResult<String> result = browser.submitLogin("uji-salah", "bukan-sandinya");

        assertThat(result.getResponseHeaders().getLocation().toString()).endsWith("/masuk?gagal");
        assertThat(browser.page("/petugas/permohonan").getStatus().is3xxRedirection()).isTrue();
    }

    @Test
    void pages_carry_a_content_security_policy_without_inline_code() {
        EntityExchangeResult<String> home = browser.page("/");
        assertThat(home.getResponseHeaders().getFirst("Content-Security-Policy")).contains("default-src 'self'");
        assertThat(home.getResponseBody()).doesNotContain("<script", "style=\"");
    }
}

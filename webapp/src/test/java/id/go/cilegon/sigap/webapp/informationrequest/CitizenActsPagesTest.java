package id.go.cilegon.sigap.webapp.informationrequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import id.go.cilegon.sigap.webapp.informationrequest.CitizenCases.Case;
import id.go.cilegon.sigap.webapp.support.Http;
import id.go.cilegon.sigap.webapp.support.SigapTest;
import java.time.Duration;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The citizen's acts on the status page, over real HTTP with the tracking code as the only key. */
@SigapTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CitizenActsPagesTest {

    @LocalServerPort
    int port;

    @Autowired
    MongoDatabase database;

    @Autowired
    CommandGateway commands;

    @Autowired
    QueryGateway queries;

    private Http browser;
    private CitizenCases cases;

    @BeforeEach
    void openBrowser() {
        browser = new Http(port);
        cases = new CitizenCases(browser.client(), commands, queries);
    }

    @Test
    void the_question_of_the_ppid_shows_with_an_answer_form_and_answering_resumes_the_case() {
        Case asked = cases.askedToComplete();
        String page = pageShowing(asked.statusPage(), "pertanyaan-kelengkapan");
        assertThat(page).contains(CitizenCases.QUESTION, "Menunggu kelengkapan dari pemohon",
                "Jawab permintaan kelengkapan di bawah ini. Batas waktu pemberitahuan tertulis berhenti sampai Anda menjawab.",
                "action=\"" + asked.statusPage() + "/kelengkapan\"", "id=\"jawaban\"",
                "PPID meminta Anda melengkapi permohonan:");

        EntityExchangeResult<String> answered = browser.submit(asked.statusPage(), asked.statusPage() + "/kelengkapan",
                form("jawaban", "Keduanya, SD dan SMP negeri."));

        assertThat(answered.getStatus()).isEqualTo(HttpStatus.SEE_OTHER);
        assertThat(answered.getResponseHeaders().getLocation()).hasToString(asked.statusPage() + "?kelengkapan=1");
        String after = browser.page(asked.statusPage() + "?kelengkapan=1").getResponseBody();
        assertThat(after).contains("Jawaban Anda sudah diterima.", "Diterima - sedang diproses PPID",
                        "PPID wajib memberi pemberitahuan tertulis paling lambat", "id=\"penjelasan\"", "Jatuh tempo",
                        "Anda melengkapi permohonan.", "Keduanya, SD dan SMP negeri.")
                .doesNotContain("id=\"jawaban\"");
    }

    @Test
    void a_blank_answer_is_refused_next_to_the_field_and_stores_nothing() {
        Case asked = cases.askedToComplete();
        pageShowing(asked.statusPage(), "pertanyaan-kelengkapan");
        long events = events();

        EntityExchangeResult<String> refused = browser.submit(asked.statusPage(), asked.statusPage() + "/kelengkapan",
                form("jawaban", "   "));

        assertThat(refused.getStatus()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getResponseBody()).contains("id=\"kesalahan\"", "Jawaban Anda: wajib diisi",
                "id=\"jawaban-error\"", CitizenCases.QUESTION);
        assertThat(events()).isEqualTo(events);
    }

    @Test
    void an_answer_when_nothing_was_asked_is_refused_with_the_rule_and_changes_nothing() {
        Case registered = cases.registered();
        pageShowing(registered.statusPage(), "batas-waktu");
        long events = events();

        EntityExchangeResult<String> refused = browser.submit(registered.statusPage(),
                registered.statusPage() + "/kelengkapan", form("jawaban", "Jawaban yang tidak diminta"));

        assertThat(refused.getStatus()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(refused.getResponseBody()).contains("id=\"penolakan\"",
                "Tidak ada permintaan kelengkapan yang menunggu jawaban.");
        assertThat(events()).isEqualTo(events);
    }

    @Test
    void after_a_refusal_the_keberatan_form_offers_ground_a_but_not_c_and_filing_shows_the_number_and_deadline() {
        Case refused = cases.refusedAsExempt();
        String page = pageShowing(refused.statusPage(), "ajukan-keberatan");
        assertThat(page).contains("Ditolak: informasi dikecualikan", "value=\"A_PENOLAKAN_PASAL_17\"",
                        "Penolakan atas permintaan informasi berdasarkan alasan pengecualian sebagaimana dimaksud dalam Pasal 17",
                        "Anda dapat mengajukan keberatan kepada Atasan PPID paling lambat",
                        "href=\"" + refused.statusPage() + "/pemberitahuan\"")
                .doesNotContain("value=\"C_TIDAK_DITANGGAPI\"", "value=\"G_MELEBIHI_JANGKA_WAKTU\"", "id=\"batalkan\"");

        EntityExchangeResult<String> filed = browser.submit(refused.statusPage(), refused.statusPage() + "/keberatan",
                objection("A_PENOLAKAN_PASAL_17", "Data ini dipakai untuk memilih sekolah; alamat boleh dihitamkan."));

        assertThat(filed.getStatus()).isEqualTo(HttpStatus.SEE_OTHER);
        assertThat(filed.getResponseHeaders().getLocation()).hasToString(refused.statusPage() + "?keberatan=1");
        String after = browser.page(refused.statusPage() + "?keberatan=1").getResponseBody();
        assertThat(after).containsPattern("Keberatan Anda sudah tercatat dengan nomor KEBERATAN/\\d{4}/\\d{6}")
                .containsPattern("id=\"nomor-keberatan\">KEBERATAN/\\d{4}/\\d{6}<")
                .contains("Keberatan diajukan kepada Atasan PPID",
                        "Atasan PPID wajib memberi tanggapan tertulis atas keberatan", "id=\"penjelasan-keberatan\"",
                        "30 hari kerja", "Pasal 35 ayat (1) huruf a")
                .doesNotContain("id=\"ajukan-keberatan\"");

        long events = events();
        EntityExchangeResult<String> again = browser.submit("/permohonan", refused.statusPage() + "/keberatan",
                objection("E_TIDAK_DIPENUHI", "Sekali lagi"));
        assertThat(again.getStatus()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getResponseBody()).contains("id=\"penolakan\"",
                "Masih ada keberatan yang menunggu tanggapan Atasan PPID.");
        assertThat(events()).isEqualTo(events);
    }

    @Test
    void bad_keberatan_input_is_refused_and_stores_nothing() {
        Case refused = cases.refusedAsExempt();
        pageShowing(refused.statusPage(), "ajukan-keberatan");
        long events = events();

        EntityExchangeResult<String> blank = browser.submit(refused.statusPage(), refused.statusPage() + "/keberatan",
                objection("A_PENOLAKAN_PASAL_17", " "));
        assertThat(blank.getStatus()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(blank.getResponseBody()).contains("Kasus posisi: wajib diisi", "value=\"A_PENOLAKAN_PASAL_17\" checked=\"checked\"");

        EntityExchangeResult<String> unknown = browser.submit(refused.statusPage(), refused.statusPage() + "/keberatan",
                objection("Z_KARENA_SAYA_MAU", "Kasus posisi yang cukup"));
        assertThat(unknown.getStatus()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unknown.getResponseBody()).contains("pilih salah satu alasan keberatan yang tersedia",
                "Kasus posisi yang cukup");

        EntityExchangeResult<String> tooLong = browser.submit(refused.statusPage(), refused.statusPage() + "/keberatan",
                objection("A_PENOLAKAN_PASAL_17", "x".repeat(ObjectionForm.CASE_SUMMARY_MAX + 1)));
        assertThat(tooLong.getStatus()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(tooLong.getResponseBody()).contains("Kasus posisi: paling banyak 4.000 karakter");

        EntityExchangeResult<String> notArisen = browser.submit(refused.statusPage(),
                refused.statusPage() + "/keberatan", objection("C_TIDAK_DITANGGAPI", "Tidak ditanggapi"));
        assertThat(notArisen.getStatus()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(notArisen.getResponseBody()).contains("Alasan keberatan ini belum terpenuhi untuk permohonan ini");

        EntityExchangeResult<String> wrongCode = browser.submit(refused.statusPage(),
                "/status/ABCD-EFGH-JKMN-PQRS-TVWX/keberatan", objection("A_PENOLAKAN_PASAL_17", "Kasus"));
        assertThat(wrongCode.getStatus()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(wrongCode.getResponseBody()).contains("Kode pelacakan tidak ditemukan");

        assertThat(events()).isEqualTo(events);
    }

    @Test
    void the_status_page_speaks_english_on_request() {
        Case refused = cases.refusedAsExempt();
        pageShowing(refused.statusPage(), "ajukan-keberatan");

        String english = browser.page(refused.statusPage() + "?lang=en").getResponseBody();

        assertThat(english).contains("What happens next", "File a keberatan (objection) with the Atasan PPID",
                "The request was refused on an exemption under Pasal 17", "What happened",
                "The PPID sent the written notice");
    }

    /** The page once the case file shows {@code id}: the read model may trail the command by a moment. */
    private String pageShowing(String path, String id) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> browser.page(path).getResponseBody(),
                html -> html.contains("id=\"" + id + "\""));
    }

    private long events() {
        return database.getCollection("events").countDocuments();
    }

    private static MultiValueMap<String, String> form(String field, String value) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add(field, value);
        return form;
    }

    private static MultiValueMap<String, String> objection(String ground, String caseSummary) {
        MultiValueMap<String, String> form = form("alasanKeberatan", ground);
        form.add("kasusPosisi", caseSummary);
        return form;
    }
}

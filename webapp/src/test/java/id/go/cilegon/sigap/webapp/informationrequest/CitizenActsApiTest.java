package id.go.cilegon.sigap.webapp.informationrequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import id.go.cilegon.sigap.webapp.informationrequest.CitizenCases.Case;
import id.go.cilegon.sigap.webapp.support.Http;
import id.go.cilegon.sigap.webapp.support.SigapTest;
import java.time.Duration;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The same acts through the public JSON API: no session, no CSRF token, only the tracking code. */
@SigapTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CitizenActsApiTest {

    @LocalServerPort
    int port;

    @Autowired
    MongoDatabase database;

    @Autowired
    CommandGateway commands;

    @Autowired
    QueryGateway queries;

    private WebTestClient client;
    private CitizenCases cases;

    @BeforeEach
    void connect() {
        client = new Http(port).client();
        cases = new CitizenCases(client, commands, queries);
    }

    @Test
    void the_status_names_the_question_and_the_next_step_and_an_answer_resumes_the_case() {
        Case asked = cases.askedToComplete();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> client.get().uri(asked.statusApi()).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("MENUNGGU_KELENGKAPAN")
                .jsonPath("$.permintaanKelengkapan.pertanyaan").isEqualTo(CitizenCases.QUESTION)
                .jsonPath("$.langkahBerikutnya[0].langkah").isEqualTo("clarification")
                .jsonPath("$.langkahBerikutnya[0].uraian").value(text -> assertThat((String) text)
                        .contains("berhenti sampai Anda menjawab"))
                .jsonPath("$.riwayat[0].peristiwa").isEqualTo("InformationRequestRegistered")
                .jsonPath("$.riwayat[1].peristiwa").isEqualTo("ClarificationRequested")
                .jsonPath("$.riwayat[1].kutipan").isEqualTo(CitizenCases.QUESTION)
                .jsonPath("$.alasanKeberatan").isEmpty());

        client.post().uri(asked.statusApi() + "/kelengkapan").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("jawaban", "Keduanya, SD dan SMP negeri."))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("DITERIMA")
                .jsonPath("$.permintaanKelengkapan").doesNotExist()
                .jsonPath("$.langkahBerikutnya[0].langkah").isEqualTo("notice")
                .jsonPath("$.langkahBerikutnya[0].batasWaktu").exists()
                .jsonPath("$.langkahBerikutnya[0].penjelasan").value(text -> assertThat((String) text)
                        .contains("10 hari kerja"))
                .jsonPath("$.riwayat[2].peristiwa").isEqualTo("ClarificationProvided")
                .jsonPath("$.riwayat[2].kutipan").isEqualTo("Keduanya, SD dan SMP negeri.");
    }

    @Test
    void a_blank_answer_is_a_problem_naming_the_field_and_stores_nothing() {
        Case asked = cases.askedToComplete();
        long events = events();

        client.post().uri(asked.statusApi() + "/kelengkapan").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("jawaban", " "))
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:sigap:problem:invalid-fields")
                .jsonPath("$.errors[0].field").isEqualTo("jawaban");
        assertThat(events()).isEqualTo(events);
    }

    @Test
    void an_answer_nobody_asked_for_is_a_conflict_naming_the_rule() {
        Case registered = cases.registered();
        long events = events();

        client.post().uri(registered.statusApi() + "/kelengkapan").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("jawaban", "Tidak ada yang bertanya"))
                .exchange()
                .expectStatus().isEqualTo(409)
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:sigap:problem:rule:information-request.no-clarification-pending")
                .jsonPath("$.detail").isEqualTo("Tidak ada permintaan kelengkapan yang menunggu jawaban.");
        assertThat(events()).isEqualTo(events);
    }

    @Test
    void a_keberatan_after_a_refusal_gets_its_number_and_the_deadline_of_the_atasan_and_a_second_is_refused() {
        Case refused = cases.refusedAsExempt();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> client.get().uri(refused.statusApi()).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("DITOLAK_DIKECUALIKAN")
                .jsonPath("$.pemberitahuanTertulis").isEqualTo(refused.statusPage() + "/pemberitahuan")
                .jsonPath("$.alasanKeberatan[*].alasan").value(Matchers.hasItem("A_PENOLAKAN_PASAL_17"))
                .jsonPath("$.alasanKeberatan[*].alasan").value(Matchers.not(Matchers.hasItem("C_TIDAK_DITANGGAPI")))
                .jsonPath("$.bolehDibatalkan").isEqualTo(false));

        client.post().uri(refused.statusApi() + "/keberatan").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("alasanKeberatan", "A_PENOLAKAN_PASAL_17",
                        "kasusPosisi", "Data ini dipakai untuk memilih sekolah; alamat boleh dihitamkan."))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("KEBERATAN_DIAJUKAN")
                .jsonPath("$.keberatan.nomor").value(number -> assertThat((String) number)
                        .matches("KEBERATAN/\\d{4}/\\d{6}"))
                .jsonPath("$.keberatan.alasan").isEqualTo("A_PENOLAKAN_PASAL_17")
                .jsonPath("$.keberatan.batasTanggapan").exists()
                .jsonPath("$.keberatan.penjelasanBatasTanggapan").value(text -> assertThat((String) text)
                        .contains("30 hari kerja"))
                .jsonPath("$.langkahBerikutnya[0].langkah").isEqualTo("objection-answer")
                .jsonPath("$.alasanKeberatan").isEmpty();

        long events = events();
        client.post().uri(refused.statusApi() + "/keberatan").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("alasanKeberatan", "E_TIDAK_DIPENUHI", "kasusPosisi", "Sekali lagi"))
                .exchange()
                .expectStatus().isEqualTo(409)
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:sigap:problem:rule:information-request.objection-already-open");
        assertThat(events()).isEqualTo(events);
    }

    @Test
    void bad_keberatan_input_is_refused_with_problem_details_and_stores_nothing() {
        Case refused = cases.refusedAsExempt();
        long events = events();

        client.post().uri(refused.statusApi() + "/keberatan").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("alasanKeberatan", "A_PENOLAKAN_PASAL_17", "kasusPosisi", ""))
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("kasusPosisi");
        client.post().uri(refused.statusApi() + "/keberatan?lang=en").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("alasanKeberatan", "Z_KARENA_SAYA_MAU", "kasusPosisi", "Cukup"))
                .exchange().expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("alasanKeberatan")
                .jsonPath("$.errors[0].detail").isEqualTo("choose one of the grounds offered");
        client.post().uri(refused.statusApi() + "/keberatan").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("alasanKeberatan", "A_PENOLAKAN_PASAL_17", "kasusPosisi", "Cukup", "kuasa", "X"))
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("kuasa");
        client.post().uri(refused.statusApi() + "/keberatan").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("alasanKeberatan", "C_TIDAK_DITANGGAPI", "kasusPosisi", "Tidak ditanggapi"))
                .exchange().expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type")
                .isEqualTo("urn:sigap:problem:rule:information-request.objection-ground-not-available");
        client.post().uri("/api/v1/status-permohonan/ABCD-EFGH-JKMN-PQRS-TVWX/keberatan")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("alasanKeberatan", "A_PENOLAKAN_PASAL_17", "kasusPosisi", "Cukup"))
                .exchange().expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);

        assertThat(events()).isEqualTo(events);
    }

    private long events() {
        return database.getCollection("events").countDocuments();
    }
}

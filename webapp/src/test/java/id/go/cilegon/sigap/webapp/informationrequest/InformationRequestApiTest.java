package id.go.cilegon.sigap.webapp.informationrequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import id.go.cilegon.sigap.webapp.support.Http;
import id.go.cilegon.sigap.webapp.support.SigapTest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

@SigapTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
public class InformationRequestApiTest {

    private static final String REGISTER = "/api/v1/permohonan-informasi";

    @LocalServerPort
    int port;

    @Autowired
    MongoDatabase database;

    private WebTestClient client;

    @BeforeEach
    void connect() {
        client = new Http(port).client();
    }

    public static Map<String, Object> validRequest() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("nama", "Rina Marlina");
        body.put("jenisIdentitas", "NIK");
        body.put("nomorIdentitas", "3672014101900005");
        body.put("alamat", "Jl. Sultan Ageng Tirtayasa No. 10, Cilegon");
        body.put("telepon", "081234567890");
        body.put("email", "rina@example.org");
        body.put("pekerjaan", "Karyawan swasta");
        body.put("informasiDiminta", "Daftar sekolah negeri penerima dana BOS daerah tahun 2026");
        body.put("tujuanPenggunaan", "Memilih sekolah untuk anak");
        body.put("caraMemperoleh", "SALINAN_SOFTCOPY");
        body.put("caraMendapatkanSalinan", "EMAIL");
        return body;
    }

    @Test
    void a_valid_request_is_registered_with_a_number_and_a_tracking_code_that_opens_its_status() {
        Map<?, ?> receipt = client.post().uri(REGISTER).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(validRequest())
                .exchange()
                .expectStatus().isCreated()
                .expectHeader().exists("Location")
                .expectBody(Map.class).returnResult().getResponseBody();

        assertThat((String) receipt.get("nomorPendaftaran")).matches("PPID/\\d{4}/\\d{6}");
        assertThat((String) receipt.get("kodePelacakan")).matches("([0-9A-Z]{4}-){4}[0-9A-Z]{4}");

        String statusApi = (String) receipt.get("statusApi");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> client.get().uri(statusApi).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.nomorPendaftaran").isEqualTo(receipt.get("nomorPendaftaran"))
                .jsonPath("$.status").isEqualTo("DITERIMA")
                .jsonPath("$.batasPemberitahuanTertulis").exists()
                .jsonPath("$.penjelasanBatasWaktu").value(text -> assertThat((String) text).contains("10 hari kerja")));
    }

    @Test
    void no_personal_data_reaches_the_event_store_in_plain_text() {
        Map<String, Object> body = validRequest();
        body.put("nama", "Wulandari Kusumaningrum");
        body.put("nomorIdentitas", "3672019912870042");
        body.put("telepon", "081398765432");
        body.put("email", "wulandari.k@example.org");
        body.put("alamat", "Perumahan Bukit Kahuripan Blok C7");
        client.post().uri(REGISTER).contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange().expectStatus().isCreated();

        String everyEvent = database.getCollection("events").find()
                .map(org.bson.Document::toJson).into(new java.util.ArrayList<>()).toString();
        assertThat(everyEvent).contains("InformationRequestRegistered")
                .doesNotContain("Wulandari", "3672019912870042", "081398765432", "wulandari.k@example.org",
                        "Bukit Kahuripan");
    }

    @Test
    void the_api_is_described_in_openapi() {
        client.get().uri("/v3/api-docs").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.openapi").value(version -> assertThat((String) version).startsWith("3."))
                .jsonPath("$.paths['/api/v1/permohonan-informasi'].post").exists()
                .jsonPath("$.paths['/api/v1/status-permohonan/{kode}'].get").exists();
    }

    @Test
    void two_requests_get_different_consecutive_numbers() {
        String first = register();
        String second = register();
        assertThat(sequenceOf(second)).isGreaterThan(sequenceOf(first));
        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void an_unknown_tracking_code_is_not_found_as_problem_details() {
        client.get().uri("/api/v1/status-permohonan/0000-0000-0000-0000-0000").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("urn:sigap:problem:not-found");
    }

    @Nested
    class Bad_input_is_refused_with_problem_details_naming_the_field_and_stores_nothing {

        @Test
        void missing_fields_are_each_named() {
            Map<String, Object> body = validRequest();
            body.remove("nama");
            body.put("informasiDiminta", "  ");
            body.remove("caraMemperoleh");

            List<String> fields = refusedFields(body);

            assertThat(fields).contains("nama", "informasiDiminta", "caraMemperoleh");
        }

        @Test
        void a_nik_that_is_not_sixteen_digits_is_refused() {
            Map<String, Object> body = validRequest();
            body.put("nomorIdentitas", "36720141019000");

            assertThat(refusedFields(body)).containsExactly("nomorIdentitas");
        }

        @Test
        void a_legal_entity_may_give_a_decree_number_instead_of_a_nik() {
            Map<String, Object> body = validRequest();
            body.put("jenisIdentitas", "BADAN_HUKUM");
            body.put("nomorIdentitas", "AHU-0012345.AH.01.07.2024");

            client.post().uri(REGISTER).contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                    .exchange().expectStatus().isCreated();
        }

        @Test
        void neither_phone_nor_e_mail_is_refused() {
            Map<String, Object> body = validRequest();
            body.remove("telepon");
            body.put("email", "");

            assertThat(refusedFields(body)).containsExactly("telepon");
        }

        @Test
        void oversized_text_is_refused() {
            Map<String, Object> body = validRequest();
            body.put("informasiDiminta", "a".repeat(4001));

            assertThat(refusedFields(body)).containsExactly("informasiDiminta");
        }

        @Test
        void a_choice_that_is_not_offered_is_refused() {
            Map<String, Object> body = validRequest();
            body.put("caraMendapatkanSalinan", "MERPATI_POS");

            assertThat(refusedFields(body)).containsExactly("caraMendapatkanSalinan");
        }

        @Test
        void an_unknown_field_is_refused() {
            Map<String, Object> body = validRequest();
            body.put("isAdmin", true);

            assertThat(refusedFields(body)).containsExactly("isAdmin");
        }

        @Test
        void messages_are_in_indonesian_by_default_and_in_english_on_request() {
            Map<String, Object> body = validRequest();
            body.put("nomorIdentitas", "123");

            expectNothingStored(() -> {
                client.post().uri(REGISTER).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                        .expectStatus().isBadRequest()
                        .expectBody().jsonPath("$.errors[0].detail").isEqualTo("NIK harus terdiri dari 16 angka");
                client.post().uri(REGISTER + "?lang=en").contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                        .exchange().expectStatus().isBadRequest()
                        .expectBody().jsonPath("$.errors[0].detail").isEqualTo("a NIK has exactly 16 digits");
            });
        }

        @Test
        void a_body_that_is_not_json_is_refused() {
            expectNothingStored(() -> client.post().uri(REGISTER).contentType(MediaType.APPLICATION_JSON)
                    .bodyValue("{\"nama\": \"Rina\",").exchange()
                    .expectStatus().isBadRequest()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.type").isEqualTo("urn:sigap:problem:unreadable-body"));
        }

        @Test
        void the_wrong_content_type_is_refused() {
            expectNothingStored(() -> client.post().uri(REGISTER).contentType(MediaType.TEXT_PLAIN)
                    .bodyValue("nama=Rina").exchange()
                    .expectStatus().isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.type").isEqualTo("urn:sigap:problem:unsupported-media-type"));
        }

        @Test
        void a_body_over_the_size_limit_is_refused_before_it_is_read() {
            Map<String, Object> body = validRequest();
            body.put("informasiDiminta", "x".repeat(70 * 1024));

            expectNothingStored(() -> client.post().uri(REGISTER).contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(body).exchange()
                    .expectStatus().isEqualTo(HttpStatus.CONTENT_TOO_LARGE)
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.type").isEqualTo("urn:sigap:problem:body-too-large"));
        }

        private List<String> refusedFields(Map<String, Object> body) {
            List<String> fields = new java.util.ArrayList<>();
            expectNothingStored(() -> {
                Map<?, ?> problem = client.post().uri(REGISTER).contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(body).exchange()
                        .expectStatus().isBadRequest()
                        .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                        .expectBody(Map.class).returnResult().getResponseBody();
                assertThat(problem.get("type")).isEqualTo("urn:sigap:problem:invalid-fields");
                for (Object error : (List<?>) problem.get("errors")) {
                    Map<?, ?> field = (Map<?, ?>) error;
                    assertThat((String) field.get("detail")).isNotBlank();
                    assertThat(field.get("pointer")).isEqualTo("#/" + field.get("field"));
                    fields.add((String) field.get("field"));
                }
            });
            return fields;
        }
    }

    private void expectNothingStored(Runnable call) {
        long events = database.getCollection("events").countDocuments();
        long numbers = numbersIssued();
        long sealed = database.getCollection("personal_data_keys").countDocuments();
        call.run();
        assertThat(database.getCollection("events").countDocuments()).isEqualTo(events);
        assertThat(numbersIssued()).isEqualTo(numbers);
        assertThat(database.getCollection("personal_data_keys").countDocuments()).isEqualTo(sealed);
    }

    private long numbersIssued() {
        long issued = 0;
        for (org.bson.Document counter : database.getCollection("register_sequences").find()) {
            issued += counter.get("value", Number.class).longValue();
        }
        return issued;
    }

    private String register() {
        Map<?, ?> receipt = client.post().uri(REGISTER).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(validRequest()).exchange()
                .expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
        return (String) receipt.get("nomorPendaftaran");
    }

    private static long sequenceOf(String number) {
        return Long.parseLong(number.substring(number.lastIndexOf('/') + 1));
    }
}

package id.go.cilegon.sigap.webapp.informationrequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.JsonPath;
import com.mongodb.client.MongoDatabase;
import id.go.cilegon.sigap.command.shared.calendar.WorkingDayCalendar;
import id.go.cilegon.sigap.webapp.security.OfficerAccounts;
import id.go.cilegon.sigap.webapp.security.OfficerRole;
import id.go.cilegon.sigap.webapp.support.Http;
import id.go.cilegon.sigap.webapp.support.SigapTest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bson.Document;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The PPID desk registers requests received in person, by letter, e-mail or phone, over real HTTP. */
@SigapTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class OfficerIntakeTest {

    private static final String API = "/api/v1/petugas/permohonan-informasi";
    private static final String FORM = "/petugas/permohonan/baru";

    @LocalServerPort
    int port;

    @Autowired
    OfficerAccounts accounts;

    @Autowired
    WorkingDayCalendar calendar;

    @Autowired
    MongoDatabase database;

    private Http officer(String username, OfficerRole role) {
        accounts.save(username, "Uji " + username, "rahasia-" + username, List.of(role));
        Http http = new Http(port);
        http.logIn(username, "rahasia-" + username);
        return http;
    }

    private static Map<String, Object> letter(String receivedAt) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("permohonan", InformationRequestApiTest.validRequest());
        body.put("saluran", "SURAT");
        body.put("diterimaPada", receivedAt);
        return body;
    }

    private LocalDate workingDaysAgo(int days) {
        LocalDate day = LocalDate.now(calendar.zone());
        for (int counted = 0; counted < days; ) {
            day = day.minusDays(1);
            if (calendar.isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    @SuppressWarnings("unchecked")
    private static List<String> refusedFields(EntityExchangeResult<String> result) {
        assertThat(result.getStatus()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(result.getResponseHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat((String) JsonPath.read(result.getResponseBody(), "$.type"))
                .isEqualTo("urn:sigap:problem:invalid-fields");
        return JsonPath.read(result.getResponseBody(), "$.errors[*].field");
    }

    @Test
    void a_letter_received_three_working_days_ago_is_due_ten_working_days_after_that_day() {
        Http petugas = officer("uji-intake-surat", OfficerRole.PETUGAS_PPID);
        LocalDateTime received = workingDaysAgo(3).atTime(LocalTime.of(9, 30));
        LocalDate expected = calendar.workingDaysAfter(received.atZone(calendar.zone()).toInstant(), 10).dueDate();

        EntityExchangeResult<String> created = petugas.postJson(FORM, API, letter(received.toString()));

        assertThat(created.getStatus()).isEqualTo(HttpStatus.CREATED);
        String statusApi = JsonPath.read(created.getResponseBody(), "$.statusApi");
        assertThat((String) JsonPath.read(created.getResponseBody(), "$.nomorPendaftaran")).matches("PPID/\\d{4}/\\d{6}");
        assertThat((String) JsonPath.read(created.getResponseBody(), "$.tandaTerima")).startsWith("/petugas/tanda-terima/");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> petugas.client().get().uri(statusApi).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.batasPemberitahuanTertulis").isEqualTo(expected.toString())
                .jsonPath("$.diterima").value(at -> assertThat((String) at)
                        .isEqualTo(received.atZone(calendar.zone()).toInstant().toString())));
    }

    @Test
    void the_case_page_of_a_letter_past_its_notice_deadline_says_how_late_it_is() {
        Http petugas = officer("uji-intake-lewat", OfficerRole.PETUGAS_PPID);
        LocalDateTime received = workingDaysAgo(12).atTime(LocalTime.of(9, 30));
        LocalDate due = calendar.workingDaysAfter(received.atZone(calendar.zone()).toInstant(), 10).dueDate();
        int late = -calendar.workingDaysUntil(LocalDate.now(calendar.zone()), due);

        EntityExchangeResult<String> created = petugas.postJson(FORM, API, letter(received.toString()));
        String number = JsonPath.read(created.getResponseBody(), "$.nomorPendaftaran");
        String casePath = await().atMost(Duration.ofSeconds(10)).until(() -> {
            Matcher link = Pattern.compile("href=\"(/petugas/permohonan/[0-9a-f-]{36})\"")
                    .matcher(petugas.page("/petugas/permohonan?nomor=" + number).getResponseBody());
            return link.find() ? link.group(1) : null;
        }, Objects::nonNull);

        assertThat(late).as("working days past the due date").isPositive();
        assertThat(petugas.page(casePath).getResponseBody()).contains("Terlambat " + late + " hari kerja")
                .doesNotContain("-" + late + " hari kerja");
    }

    @Test
    void a_receipt_time_in_the_future_is_refused_naming_the_field() {
        Http petugas = officer("uji-intake-besok", OfficerRole.PETUGAS_PPID);
        String tomorrow = LocalDateTime.now(calendar.zone()).plusDays(1).withSecond(0).withNano(0).toString();

        assertThat(refusedFields(petugas.postJson(FORM, API, letter(tomorrow)))).containsExactly("diterimaPada");
    }

    @Test
    void the_web_and_whatsapp_channels_are_not_entered_by_an_officer() {
        Http petugas = officer("uji-intake-web", OfficerRole.PETUGAS_PPID);
        Map<String, Object> body = letter(workingDaysAgo(1).atTime(10, 0).toString());
        body.put("saluran", "WEB");
        assertThat(refusedFields(petugas.postJson(FORM, API, body))).containsExactly("saluran");
        body.put("saluran", "WHATSAPP");
        assertThat(refusedFields(petugas.postJson(FORM, API, body))).containsExactly("saluran");
    }

    @Test
    void the_public_form_rules_apply_inside_the_officer_form() {
        Http petugas = officer("uji-intake-aturan", OfficerRole.PETUGAS_PPID);
        Map<String, Object> body = letter(workingDaysAgo(1).atTime(10, 0).toString());
        Map<String, Object> request = InformationRequestApiTest.validRequest();
        request.put("nomorIdentitas", "123");
        body.put("permohonan", request);

        assertThat(refusedFields(petugas.postJson(FORM, API, body))).containsExactly("permohonan.nomorIdentitas");
    }

    @Test
    void a_proxy_named_in_part_is_refused_field_by_field() {
        Http petugas = officer("uji-intake-kuasa-sebagian", OfficerRole.PETUGAS_PPID);
        Map<String, Object> body = letter(workingDaysAgo(1).atTime(10, 0).toString());
        body.put("kuasa", Map.of("nama", "Ahmad Fauzi"));

        assertThat(refusedFields(petugas.postJson(FORM, API, body)))
                .containsExactlyInAnyOrder("kuasa.nik", "kuasa.alamat", "kuasa.telepon", "kuasa.suratKuasa");
    }

    @Test
    void a_proxy_is_stored_encrypted_under_a_data_subject_of_their_own() {
        Http petugas = officer("uji-intake-kuasa", OfficerRole.PETUGAS_PPID);
        Map<String, Object> body = letter(workingDaysAgo(2).atTime(11, 0).toString());
        body.put("saluran", "DATANG_LANGSUNG");
        Map<String, Object> proxy = new LinkedHashMap<>();
        proxy.put("nama", "Sukmawati Handayaningrum");
        proxy.put("nik", "3672015507880003");
        proxy.put("alamat", "Komplek Krakatau Steel Blok F9");
        proxy.put("telepon", "081377712345");
        proxy.put("email", "sukmawati.h@example.org");
        proxy.put("suratKuasa", "SK-77/III/2026 tanggal 2 Maret 2026");
        body.put("kuasa", proxy);

        EntityExchangeResult<String> created = petugas.postJson(FORM, API, body);

        assertThat(created.getStatus()).isEqualTo(HttpStatus.CREATED);
        String everyEvent = database.getCollection("events").find().map(Document::toJson)
                .into(new ArrayList<>()).toString();
        assertThat(everyEvent).contains("InformationRequestRegistered")
                .doesNotContain("Sukmawati", "3672015507880003", "081377712345", "sukmawati.h@example.org",
                        "Krakatau Steel Blok F9", "SK-77/III/2026");
    }

    @Test
    void an_officer_without_the_petugas_role_is_forbidden_page_and_api_alike() {
        Http supervisor = officer("uji-intake-supervisor", OfficerRole.SUPERVISOR);

        EntityExchangeResult<String> api = supervisor.postJson("/petugas/permohonan", API,
                letter(workingDaysAgo(1).atTime(10, 0).toString()));

        assertThat(api.getStatus()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat((String) JsonPath.read(api.getResponseBody(), "$.type")).isEqualTo("urn:sigap:problem:forbidden");
        assertThat(supervisor.page(FORM).getStatus()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void the_page_registers_a_walk_in_request_and_shows_the_receipt_to_hand_over() {
        Http petugas = officer("uji-intake-halaman", OfficerRole.PETUGAS_PPID);
        LocalDateTime received = workingDaysAgo(1).atTime(14, 15);
        MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
        InformationRequestApiTest.validRequest().forEach((name, value) -> fields.add("permohonan." + name, (String) value));
        fields.add("saluran", "DATANG_LANGSUNG");
        fields.add("diterimaPada", received.toString());
        fields.add("kuasa.nama", "");
        fields.add("kuasa.nik", "");

        EntityExchangeResult<String> submitted = petugas.submit(FORM, FORM, fields);

        assertThat(submitted.getStatus().is3xxRedirection()).isTrue();
        String receiptPath = submitted.getResponseHeaders().getLocation().toString();
        assertThat(receiptPath).startsWith("/petugas/tanda-terima/");
        String receipt = petugas.page(receiptPath).getResponseBody();
        LocalDate due = calendar.workingDaysAfter(received.atZone(calendar.zone()).toInstant(), 10).dueDate();
        assertThat(receipt).contains("Tanda Bukti Penerimaan Permohonan Informasi Publik", "Datang langsung",
                "Daftar sekolah negeri penerima dana BOS daerah tahun 2026", "10 hari kerja",
                "/status/" + receiptPath.substring(receiptPath.lastIndexOf('/') + 1), "/petugas/permohonan")
                .containsPattern("PPID/\\d{4}/\\d{6}")
                .containsPattern("([0-9A-Z]{4}-){4}[0-9A-Z]{4}")
                .contains(String.valueOf(due.getYear()), String.valueOf(due.getDayOfMonth()));
    }

    @Test
    void the_page_shows_each_refused_field_next_to_it_and_registers_nothing() {
        Http petugas = officer("uji-intake-halaman-salah", OfficerRole.PETUGAS_PPID);
        MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
        InformationRequestApiTest.validRequest().forEach((name, value) -> fields.add("permohonan." + name, (String) value));
        fields.set("permohonan.nama", "");
        fields.add("saluran", "SURAT");
        fields.add("diterimaPada", LocalDateTime.now(calendar.zone()).plusDays(2).withSecond(0).withNano(0).toString());

        EntityExchangeResult<String> refused = petugas.submit(FORM, FORM, fields);

        assertThat(refused.getStatus()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getResponseBody()).contains("Permohonan belum dapat dicatat", "wajib diisi",
                "tidak boleh di masa depan", "Daftar sekolah negeri penerima dana BOS daerah tahun 2026");
    }
}

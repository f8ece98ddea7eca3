package id.go.cilegon.sigap.webapp.informationrequest;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import id.go.cilegon.sigap.command.shared.api.UnitId;
import id.go.cilegon.sigap.command.shared.calendar.WorkingDayCalendar;
import id.go.cilegon.sigap.webapp.informationrequest.CitizenCases.Case;
import id.go.cilegon.sigap.webapp.security.OfficerAccounts;
import id.go.cilegon.sigap.webapp.security.OfficerRole;
import id.go.cilegon.sigap.webapp.support.Http;
import id.go.cilegon.sigap.webapp.support.SigapTest;
import id.go.cilegon.sigap.webapp.unit.Units;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

/**
 * The officers' JSON API over real HTTP, in an officer's session: every lifecycle action by the officer whose work it
 * is, and every refusal as problem details with nothing stored — a wrong state names the aggregate's rule, a wrong
 * role is forbidden, malformed input names the field.
 */
@SigapTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class OfficerCaseApiTest {

    private static final String TOKEN_PAGE = "/petugas/permohonan";
    private static final String PASSWORD = "rahasia-kasus-1";

    @LocalServerPort
    int port;

    @Autowired
    MongoDatabase database;

    @Autowired
    CommandGateway commands;

    @Autowired
    QueryGateway queries;

    @Autowired
    OfficerAccounts accounts;

    @Autowired
    Units units;

    @Autowired
    Clock clock;

    @Autowired
    WorkingDayCalendar calendar;

    private CitizenCases cases;
    private Http petugas;
    private Http atasan;
    private Http pelaksana;

    @BeforeEach
    void logIn() {
        units.save(new Units.Unit("SETDA", "Sekretariat Daerah", true));
        units.save(new Units.Unit("DISDIK", "Dinas Pendidikan", true));
        accounts.save("kasus-petugas", "Petugas uji", PASSWORD, List.of(OfficerRole.PETUGAS_PPID));
        accounts.save("kasus-atasan", "Atasan uji", PASSWORD, List.of(OfficerRole.ATASAN_PPID));
        accounts.save("kasus-pelaksana", "Pelaksana uji", PASSWORD, List.of(OfficerRole.PPID_PELAKSANA),
                new UnitId("SETDA"));
        accounts.save("kasus-pelaksana-lain", "Pelaksana lain", PASSWORD, List.of(OfficerRole.PPID_PELAKSANA),
                new UnitId("DISDIK"));
        accounts.save("kasus-supervisor", "Supervisor uji", PASSWORD, List.of(OfficerRole.SUPERVISOR));
        cases = new CitizenCases(new Http(port).client(), commands, queries);
        petugas = officer("kasus-petugas");
        atasan = officer("kasus-atasan");
        pelaksana = officer("kasus-pelaksana");
    }

    private Http officer(String username) {
        Http http = new Http(port);
        http.logIn(username, PASSWORD);
        return http;
    }

    private static String api(Case request, String action) {
        return "/api/v1/petugas/permohonan/" + request.requestId().value() + (action.isEmpty() ? "" : "/" + action);
    }

    private EntityExchangeResult<String> act(Http officer, Case request, String action, Object body) {
        return officer.postJson(TOKEN_PAGE, api(request, action), body);
    }

    private static void assertOk(EntityExchangeResult<String> result, String status) {
        assertThat(result.getStatus().value()).as(result.getResponseBody()).isEqualTo(200);
        assertThat(result.getResponseBody()).contains("\"status\":\"" + status + "\"");
    }

    private long events() {
        return database.getCollection("events").countDocuments();
    }

    /** Refused with the problem type named, and the event store exactly as before. */
    private void assertRefused(Http officer, Case request, String action, Object body, int status, String type) {
        long before = events();
        EntityExchangeResult<String> result = act(officer, request, action, body);
        assertThat(result.getStatus().value()).as(action + ": " + result.getResponseBody()).isEqualTo(status);
        assertThat(result.getResponseHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(result.getResponseBody()).contains("\"type\":\"urn:sigap:problem:" + type + "\"");
        assertThat(events()).as("nothing stored by " + action).isEqualTo(before);
    }

    private static Map<String, Object> partialGrant() {
        Map<String, Object> notice = new LinkedHashMap<>();
        notice.put("informasiDikuasai", "ya");
        notice.put("keputusan", "DIKABULKAN_SEBAGIAN");
        notice.put("dasarPengecualian", List.of("H_RAHASIA_PRIBADI"));
        notice.put("dokumenUji", "Daftar penerima BOS daerah 2026\nSK Kepala Dinas 420/2026");
        notice.put("dasarHukum", "UU 14/2008 Pasal 17 huruf h");
        notice.put("analisisKonsekuensi", "Membuka NIK siswa merugikan privasi mereka");
        notice.put("jangkaWaktuTahun", 5);
        notice.put("informasiDiberikan", "Daftar sekolah dan besaran dana BOS");
        notice.put("penghitaman", List.of(
                Map.of("bagian", "NIK siswa", "dasar", "H_RAHASIA_PRIBADI", "alasan", "Data pribadi anak"),
                Map.of("bagian", "Penghasilan orang tua", "dasar", "H_RAHASIA_PRIBADI", "alasan", "Data keuangan")));
        notice.put("caraMemperoleh", "SALINAN_SOFTCOPY");
        notice.put("format", "PDF");
        notice.put("caraPenyampaian", "EMAIL");
        notice.put("biaya", 0);
        return notice;
    }

    @Test
    void a_request_goes_from_registration_to_a_komisi_informasi_decision_through_the_officer_api() {
        Case request = cases.registered();
        String today = LocalDate.ofInstant(clock.instant(), calendar.zone()).toString();

        assertOk(act(petugas, request, "minta-kelengkapan", Map.of("pertanyaan", "Jenjang sekolah yang mana?")),
                "MENUNGGU_KELENGKAPAN");
        assertOk(act(petugas, request, "catat-kelengkapan", Map.of("jawaban", "SD dan SMP", "saluran", "TELEPON")),
                "DITERIMA");
        assertOk(act(petugas, request, "teruskan", Map.of("unit", "SETDA", "instruksi", "Mohon datanya")),
                "DIPROSES");
        assertOk(act(pelaksana, request, "tanggapan-unit", Map.of("tanggapan", "Data terlampir, tanpa NIK")),
                "DIPROSES");
        assertOk(act(petugas, request, "perpanjang", Map.of("alasan", "Data dihimpun dari 42 sekolah")),
                "DIPERPANJANG");
        assertOk(act(petugas, request, "pemberitahuan", partialGrant()), "DIKABULKAN_SEBAGIAN");
        assertOk(act(petugas, request, "penyerahan", Map.of("diserahkanPada",
                LocalDateTime.ofInstant(clock.instant(), calendar.zone()).withNano(0).minusMinutes(5).toString(),
                "cara", "EMAIL", "namaPenerima", "Rina Marlina", "hubungan", "pemohon")), "INFORMASI_DISERAHKAN");
        assertOk(act(petugas, request, "keberatan", Map.of("alasanKeberatan", "A_PENOLAKAN_PASAL_17",
                "kasusPosisi", "NIK tidak diminta; yang diminta nama sekolah", "saluran", "SURAT")),
                "KEBERATAN_DIAJUKAN");
        assertOk(act(atasan, request, "tanggapan-atasan", Map.of("putusan", "REJECTED",
                "alasan", "Penghitaman NIK sudah tepat")), "DITOLAK_ATASAN");
        assertOk(act(petugas, request, "sengketa", Map.of("komisi", "Komisi Informasi Provinsi Banten",
                "nomorPerkara", "021/REG-PSI/2026", "tanggalDiajukan", today)), "SENGKETA_DIAJUKAN");
        assertOk(act(petugas, request, "tahap-sengketa", Map.of("tahap", "AJUDIKASI", "tanggal", today)),
                "SENGKETA_DIAJUKAN");
        assertOk(act(petugas, request, "tahap-sengketa", Map.of("tahap", "PUTUSAN_KI", "tanggal", today,
                "hasil", "Permohonan sengketa ditolak")), "SENGKETA_DIAJUKAN");

        EntityExchangeResult<String> decided = petugas.getJson(api(request, ""));
        assertThat(decided.getStatus().value()).isEqualTo(200);
        assertThat(decided.getResponseBody())
                .contains("\"stage\":\"PUTUSAN_KI\"", "Permohonan sengketa ditolak", "\"DisputeStageRecorded\"",
                        "\"material\":\"NIK siswa\"", "\"material\":\"Penghasilan orang tua\"",
                        "\"UnitInputRecorded\"", "\"tahap-sengketa\"")
                .as("a dispute still open cannot be closed").doesNotContain("\"selesai\"");

        assertOk(act(petugas, request, "tahap-sengketa", Map.of("tahap", "DILAKSANAKAN", "tanggal", today)),
                "SENGKETA_DIAJUKAN");
        assertThat(petugas.getJson(api(request, "")).getResponseBody()).contains("\"selesai\"")
                .doesNotContain("\"tahap-sengketa\"");
        assertOk(act(petugas, request, "selesai", Map.of()), "SELESAI");
    }

    @Test
    void every_action_in_a_state_that_forbids_it_is_refused_with_its_rule_and_stores_nothing() {
        Case fresh = cases.registered();
        String today = LocalDate.ofInstant(clock.instant(), calendar.zone()).toString();
        assertRefused(petugas, fresh, "catat-kelengkapan", Map.of("jawaban", "x", "saluran", "SURAT"), 409,
                "rule:information-request.no-clarification-pending");
        assertRefused(petugas, fresh, "penyerahan", Map.of("diserahkanPada", "2026-01-05T10:00", "cara", "EMAIL",
                "namaPenerima", "Rina"), 409, "rule:information-request.nothing-to-deliver");
        assertRefused(petugas, fresh, "selesai", Map.of(), 409, "rule:information-request.closing-without-notice");
        assertRefused(petugas, fresh, "keberatan", Map.of("alasanKeberatan", "A_PENOLAKAN_PASAL_17",
                "kasusPosisi", "x", "saluran", "SURAT"), 409, "rule:information-request.objection-ground-not-available");
        assertRefused(atasan, fresh, "tanggapan-atasan", Map.of("putusan", "UPHELD"), 409,
                "rule:information-request.no-open-objection");
        assertRefused(petugas, fresh, "sengketa", Map.of("komisi", "KI Banten", "tanggalDiajukan", today), 409,
                "rule:information-request.dispute-without-objection");
        assertRefused(petugas, fresh, "tahap-sengketa", Map.of("tahap", "MEDIASI", "tanggal", today), 409,
                "rule:information-request.no-dispute");
        assertRefused(petugas, fresh, "pemberitahuan", Map.of("informasiDikuasai", "ya",
                "keputusan", "DITOLAK_DIKECUALIKAN"), 409, "rule:information-request.exemption-ground-missing");

        Case asked = cases.askedToComplete();
        assertRefused(petugas, asked, "teruskan", Map.of("unit", "SETDA"), 409,
                "rule:information-request.awaiting-clarification");
        assertRefused(petugas, asked, "perpanjang", Map.of("alasan", "x"), 409,
                "rule:information-request.awaiting-clarification");

        Case refused = cases.refusedAsExempt();
        assertRefused(petugas, refused, "minta-kelengkapan", Map.of("pertanyaan", "x"), 409,
                "rule:information-request.notice-already-sent");
        assertRefused(petugas, refused, "pemberitahuan", partialGrant(), 409,
                "rule:information-request.notice-already-sent");
        assertRefused(petugas, refused, "perpanjang", Map.of("alasan", "x"), 409,
                "rule:information-request.notice-already-sent");
        assertOk(act(petugas, refused, "keberatan", Map.of("alasanKeberatan", "A_PENOLAKAN_PASAL_17",
                "kasusPosisi", "Bukan rahasia pribadi", "saluran", "DATANG_LANGSUNG")), "KEBERATAN_DIAJUKAN");
        assertRefused(petugas, refused, "pembatalan", Map.of("saluran", "SURAT"), 409,
                "rule:information-request.withdrawal-after-objection");
        assertRefused(petugas, refused, "selesai", Map.of(), 409, "rule:information-request.closing-during-objection");
        assertRefused(atasan, refused, "tanggapan-atasan", Map.of("putusan", "SETTLED_BY_AGREEMENT"), 409,
                "rule:information-request.settlement-not-available");
        assertRefused(atasan, refused, "tanggapan-atasan", Map.of("putusan", "REJECTED"), 409,
                "rule:information-request.objection-rejection-without-reasons");

        Case decided = cases.registered();
        assertOk(act(petugas, decided, "teruskan", Map.of("unit", "SETDA")), "DIPROSES");
        assertOk(act(petugas, decided, "pemberitahuan", partialGrant()), "DIKABULKAN_SEBAGIAN");
        assertRefused(pelaksana, decided, "tanggapan-unit", Map.of("tanggapan", "Terlambat"), 409,
                "rule:information-request.notice-already-sent");
        assertRefused(petugas, decided, "teruskan", Map.of("unit", "DISDIK"), 409,
                "rule:information-request.notice-already-sent");
    }

    @Test
    void a_withdrawal_brought_to_the_desk_is_recorded_for_the_requester() {
        Case request = cases.registered();

        assertOk(act(petugas, request, "pembatalan", Map.of("alasan", "Informasi sudah didapat dari sekolah",
                "saluran", "TELEPON")), "DIBATALKAN");

        assertThat(petugas.getJson(api(request, "")).getResponseBody())
                .contains("\"InformationRequestWithdrawn\"", "\"actor\":\"kasus-petugas\"",
                        "Informasi sudah didapat dari sekolah", "\"tindakan\":[]");
        long before = events();
        assertOk(act(petugas, request, "pembatalan", Map.of("saluran", "TELEPON")), "DIBATALKAN");
        assertThat(events()).as("withdrawing twice changes nothing").isEqualTo(before);
    }

    @Test
    void every_action_refuses_an_empty_form_and_a_body_that_is_not_json_and_stores_nothing() {
        Case request = cases.registered();
        Case forwarded = cases.registered();
        assertOk(act(petugas, forwarded, "teruskan", Map.of("unit", "SETDA")), "DIPROSES");
        for (CaseAction action : CaseAction.values()) {
            if (action == CaseAction.DOKUMEN) {
                continue; // a file, sent by the case page's multipart form (ReleasedDocumentsHttpTest); no JSON
            }
            Http officer = switch (action.role()) {
                case PPID_PELAKSANA -> pelaksana;
                case ATASAN_PPID -> atasan;
                default -> petugas;
            };
            Case target = action.role() == OfficerRole.PPID_PELAKSANA ? forwarded : request;
            if (action != CaseAction.SELESAI) {
                assertRefused(officer, target, action.path(), Map.of(), 400, "invalid-fields");
            }
            assertRefused(officer, target, action.path(), "bukan json", 400, "unreadable-body");
        }
    }

    @Test
    void an_action_of_another_role_is_forbidden_and_a_case_outside_the_unit_is_not_found() {
        Case request = cases.registered();
        assertRefused(petugas, request, "tanggapan-atasan", Map.of("putusan", "UPHELD"), 403, "forbidden");
        assertRefused(atasan, request, "pemberitahuan", partialGrant(), 403, "forbidden");
        assertRefused(officer("kasus-supervisor"), request, "minta-kelengkapan", Map.of("pertanyaan", "x"), 403,
                "forbidden");
        assertRefused(pelaksana, request, "tanggapan-unit", Map.of("tanggapan", "x"), 404, "not-found");

        assertOk(act(petugas, request, "teruskan", Map.of("unit", "SETDA")), "DIPROSES");
        assertThat(pelaksana.getJson(api(request, "")).getStatus().value()).isEqualTo(200);
        assertRefused(officer("kasus-pelaksana-lain"), request, "tanggapan-unit", Map.of("tanggapan", "x"), 404,
                "not-found");
        assertRefused(petugas, request, "tanggapan-unit", Map.of("tanggapan", "x"), 403, "forbidden");
    }

    @Test
    void malformed_input_is_refused_naming_the_field_and_stores_nothing() {
        Case request = cases.registered();
        assertRefused(petugas, request, "perpanjang", Map.of("alasan", " "), 400, "invalid-fields");
        assertThat(act(petugas, request, "perpanjang", Map.of("alasan", "")).getResponseBody())
                .contains("\"field\":\"alasan\"");
        assertRefused(petugas, request, "pemberitahuan", Map.of("informasiDikuasai", "mungkin",
                "keputusan", "DIKABULKAN_PALING_BANYAK"), 400, "invalid-fields");
        assertThat(act(petugas, request, "pemberitahuan", Map.of("informasiDikuasai", "ya", "keputusan", "X"))
                .getResponseBody()).contains("\"field\":\"keputusan\"");
        assertRefused(petugas, request, "sengketa", Map.of("komisi", "KI", "tanggalDiajukan", "kemarin"), 400,
                "invalid-fields");
        Map<String, Object> fourRows = partialGrant();
        fourRows.put("penghitaman", List.of(Map.of("bagian", "a", "dasar", "PASAL_99"), Map.of("bagian", "b"),
                Map.of("bagian", "c"), Map.of("bagian", "d")));
        assertRefused(petugas, request, "pemberitahuan", fourRows, 400, "invalid-fields");
        assertThat(act(petugas, request, "pemberitahuan", fourRows).getResponseBody())
                .contains("\"field\":\"penghitaman\"", "\"field\":\"penghitaman[0].dasar\"");
        assertRefused(petugas, request, "teruskan", Map.of("unit", "SETDA", "diam-diam", "x"), 400,
                "invalid-fields");
        assertRefused(petugas, request, "catat-kelengkapan", Map.of("jawaban", "x", "saluran", "WEB"), 400,
                "invalid-fields");
    }

    @Test
    void without_a_login_nothing_is_shown_or_done() {
        Case request = cases.registered();
        Http stranger = new Http(port);
        assertThat(stranger.getJson(api(request, "")).getStatus().value()).isEqualTo(401);
        long before = events();
        EntityExchangeResult<String> anonymous = stranger.client().post().uri(api(request, "perpanjang"))
                .bodyValue(Map.of("alasan", "x")).exchange().expectBody(String.class).returnResult();
        assertThat(anonymous.getStatus().value()).isIn(401, 403);
        assertThat(anonymous.getResponseBody()).contains("urn:sigap:problem:");
        EntityExchangeResult<String> withToken = stranger.postJson("/masuk", api(request, "perpanjang"),
                Map.of("alasan", "x"));
        assertThat(withToken.getStatus().value()).isEqualTo(401);
        assertThat(withToken.getResponseBody()).contains("\"type\":\"urn:sigap:problem:unauthenticated\"");
        assertThat(events()).isEqualTo(before);
        assertThat(petugas.getJson("/api/v1/petugas/permohonan/tidak-ada").getStatus().value()).isEqualTo(404);
    }
}

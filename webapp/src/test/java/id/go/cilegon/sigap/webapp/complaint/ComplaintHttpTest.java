package id.go.cilegon.sigap.webapp.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import id.go.cilegon.sigap.command.shared.api.UnitId;
import id.go.cilegon.sigap.query.complaint.api.ComplaintFile;
import id.go.cilegon.sigap.webapp.complaint.attachment.PhoneFiles;
import id.go.cilegon.sigap.query.complaint.api.FindComplaintByTrackingCode;
import id.go.cilegon.sigap.webapp.security.OfficerAccounts;
import id.go.cilegon.sigap.webapp.security.OfficerRole;
import id.go.cilegon.sigap.webapp.support.Http;
import id.go.cilegon.sigap.webapp.shared.TrackingCode;
import id.go.cilegon.sigap.webapp.support.SigapTest;
import id.go.cilegon.sigap.webapp.unit.Units;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

/**
 * Complaints over real HTTP: the citizen's multipart form and JSON status, the officers' JSON API through the whole
 * lifecycle, and every hostile input refused as problem details with nothing stored.
 */
@SigapTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
public class ComplaintHttpTest {

    private static final String PASSWORD = "rahasia-aduan-1";
    private static final String TOKEN_PAGE = "/petugas/pengaduan";
    private static final Pattern STATUS_PATH = Pattern.compile("\"halamanStatus\":\"/pengaduan/status/([A-Z0-9]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    MongoDatabase database;

    @Autowired
    OfficerAccounts accounts;

    @Autowired
    Units units;

    @Autowired
    QueryGateway queries;

    private Http citizen;
    private Http desk;
    private Http dputr;
    private Http dishub;

    @BeforeEach
    void setUp() {
        units.save(new Units.Unit("DPUTR", "Dinas Pekerjaan Umum dan Tata Ruang", true));
        units.save(new Units.Unit("DISHUB", "Dinas Perhubungan", true));
        accounts.save("aduan-petugas", "Petugas pengaduan", PASSWORD, List.of(OfficerRole.PETUGAS_PPID));
        accounts.save("aduan-dputr", "Penghubung DPUTR", PASSWORD, List.of(OfficerRole.PPID_PELAKSANA),
                new UnitId("DPUTR"));
        accounts.save("aduan-dishub", "Penghubung Dishub", PASSWORD, List.of(OfficerRole.PPID_PELAKSANA),
                new UnitId("DISHUB"));
        citizen = new Http(port);
        desk = officer("aduan-petugas");
        dputr = officer("aduan-dputr");
        dishub = officer("aduan-dishub");
    }

    private Http officer(String username) {
        Http http = new Http(port);
        http.logIn(username, PASSWORD);
        return http;
    }

    public static MultipartBodyBuilder form(String subject, String kecamatan, String kelurahan) {
        MultipartBodyBuilder parts = new MultipartBodyBuilder();
        parts.part("judul", subject);
        parts.part("uraian", "Lubang besar di jalan, dua motor jatuh minggu ini saat hujan.");
        parts.part("kategori", "INFRASTRUKTUR");
        parts.part("kecamatan", kecamatan);
        parts.part("kelurahan", kelurahan);
        parts.part("nama", "Ahmad Fauzi Uji");
        parts.part("telepon", "081311112222");
        return parts;
    }

    static void attach(MultipartBodyBuilder parts, String name, byte[] bytes, MediaType claimed) {
        parts.part("lampiran", new ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return name;
            }
        }).contentType(claimed);
    }

    private EntityExchangeResult<String> file(MultipartBodyBuilder parts) {
        return citizen.postMultipart("/api/v1/pengaduan", parts, MediaType.APPLICATION_JSON);
    }

    private long events() {
        return database.getCollection("events").countDocuments();
    }

    private long storedFiles() {
        return database.getCollection("complaint_attachments.files").countDocuments();
    }

    private static String code(EntityExchangeResult<String> registered) {
        Matcher matcher = STATUS_PATH.matcher(registered.getResponseBody());
        assertThat(matcher.find()).as(registered.getResponseBody()).isTrue();
        return matcher.group(1);
    }

    /** The citizen's status as JSON, once the read model shows the complaint. */
    private String status(String code) {
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        EntityExchangeResult<String> result;
        do {
            result = citizen.client().get().uri("/api/v1/status-pengaduan/" + code).exchange()
                    .expectBody(String.class).returnResult();
        } while (result.getStatus().value() == 404 && System.nanoTime() < end);
        assertThat(result.getStatus().value()).as(result.getResponseBody()).isEqualTo(200);
        return result.getResponseBody();
    }

    /** The complaint's internal id, as the officers' pages link to it, once the read model has it. */
    private String complaintId(String code) {
        status(code);
        return queries.query(new FindComplaintByTrackingCode(TrackingCode.parse(code).orElseThrow().hash()),
                ResponseTypes.optionalInstanceOf(ComplaintFile.class)).join().orElseThrow().complaintId();
    }

    private EntityExchangeResult<String> act(Http officer, String id, String action, Map<String, Object> body) {
        return officer.postJson(TOKEN_PAGE, "/api/v1/petugas/pengaduan/" + id + "/" + action, body);
    }

    private static void assertProblem(EntityExchangeResult<String> result, int status, String type) {
        assertThat(result.getStatus().value()).as(result.getResponseBody()).isEqualTo(status);
        assertThat(result.getResponseHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(result.getResponseBody()).contains("\"type\":\"urn:sigap:problem:" + type + "\"");
    }

    @Test
    void a_photo_is_stored_without_its_exif_and_shown_only_with_the_tracking_code() {
        MultipartBodyBuilder parts = form("Jalan berlubang di Ciwaduk (foto)", "Cilegon", "Ciwaduk");
        attach(parts, "lubang.jpg", PhoneFiles.jpegWithGps(), MediaType.IMAGE_JPEG);

        EntityExchangeResult<String> registered = file(parts);

        assertThat(registered.getStatus().value()).as(registered.getResponseBody()).isEqualTo(201);
        assertThat(registered.getResponseBody()).containsPattern("\"nomorPengaduan\":\"ADUAN/\\d{4}/\\d{6}\"");
        String code = code(registered);
        status(code);
        String html = citizen.page("/pengaduan/status/" + code).getResponseBody();
        Matcher link = Pattern.compile("href=\"(/pengaduan/status/" + code + "/lampiran/[^\"]+)\"").matcher(html);
        assertThat(link.find()).as(html).isTrue();
        EntityExchangeResult<byte[]> photo = citizen.client().get().uri(link.group(1)).exchange()
                .expectBody(byte[].class).returnResult();
        assertThat(photo.getStatus().value()).isEqualTo(200);
        assertThat(photo.getResponseHeaders().getContentType()).isEqualTo(MediaType.IMAGE_JPEG);
        assertThat(photo.getResponseHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(PhoneFiles.hasExif(photo.getResponseBody())).isFalse();
        assertThat(photo.getResponseBody()).startsWith((byte) 0xFF, (byte) 0xD8);

        String otherCode = "ZZZZZZZZZZZZZZZZZZZZ";
        String stolen = link.group(1).replace(code, otherCode);
        assertThat(citizen.client().get().uri(stolen).exchange().expectBody(byte[].class).returnResult()
                .getStatus().value()).isEqualTo(404);
    }

    @Test
    void a_web_page_named_like_a_photo_is_refused_naming_the_field_and_nothing_is_stored() {
        long eventsBefore = events();
        long filesBefore = storedFiles();
        MultipartBodyBuilder parts = form("Lampiran palsu", "Cilegon", "Ciwaduk");
        attach(parts, "foto.jpg", ComplaintFiles.disguisedHtml(), MediaType.IMAGE_JPEG);

        EntityExchangeResult<String> refused = file(parts);

        assertProblem(refused, 400, "invalid-fields");
        assertThat(refused.getResponseBody()).contains("\"field\":\"lampiran\"", "foto.jpg");
        assertThat(events()).isEqualTo(eventsBefore);
        assertThat(storedFiles()).isEqualTo(filesBefore);
    }

    @Test
    void an_oversized_photo_is_refused_with_413_naming_the_field_and_nothing_is_stored() {
        long eventsBefore = events();
        long filesBefore = storedFiles();
        MultipartBodyBuilder parts = form("Foto terlalu besar", "Cilegon", "Ciwaduk");
        attach(parts, "besar.jpg", PhoneFiles.jpeg(), MediaType.IMAGE_JPEG);
        attach(parts, "sangat-besar.jpg", ComplaintFiles.oversized(5 * 1024 * 1024 + 10), MediaType.IMAGE_JPEG);

        EntityExchangeResult<String> refused = file(parts);

        assertProblem(refused, 413, "invalid-fields");
        assertThat(refused.getResponseBody()).contains("\"field\":\"lampiran\"", "sangat-besar.jpg");
        assertThat(events()).isEqualTo(eventsBefore);
        assertThat(storedFiles()).isEqualTo(filesBefore);
    }

    @Test
    void a_kelurahan_outside_the_chosen_kecamatan_is_refused_naming_it() {
        long before = events();
        EntityExchangeResult<String> refused = file(form("Salah kelurahan", "Ciwandan", "Ciwaduk"));

        assertProblem(refused, 400, "invalid-fields");
        assertThat(refused.getResponseBody()).contains("\"field\":\"kelurahan\"");
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void an_anonymous_complaint_keeps_no_identity_even_when_one_was_typed() {
        MultipartBodyBuilder parts = form("Sampah di Jombang (anonim)", "Jombang", "Jombang Wetan");
        parts.part("anonim", "true");
        String code = code(file(parts));

        String json = status(code);

        assertThat(json).contains("\"status\":\"DITERIMA\"");
        String events = database.getCollection("events").find().into(new java.util.ArrayList<>()).toString();
        assertThat(events).doesNotContain("Ahmad Fauzi Uji").doesNotContain("081311112222");
    }

    @Test
    void a_complaint_goes_from_verification_to_a_satisfied_verdict_with_every_wrong_hand_refused() {
        String code = code(file(form("Jalan berlubang di Gerem (alur)", "Grogol", "Gerem")));
        String id = complaintId(code);

        assertThat(act(desk, id, "verifikasi", Map.of()).getStatus().value()).isEqualTo(200);
        assertProblem(act(desk, id, "disposisi", Map.of()), 400, "invalid-fields");
        assertThat(act(desk, id, "disposisi", Map.of("unit", List.of("DPUTR"), "instruksi", "Mohon ditambal"))
                .getStatus().value()).isEqualTo(200);

        long before = events();
        assertProblem(act(dishub, id, "terima", Map.of()), 404, "not-found");
        assertProblem(act(dputr, id, "verifikasi", Map.of()), 403, "forbidden");
        assertThat(events()).as("nothing stored by the wrong hands").isEqualTo(before);

        assertThat(act(dputr, id, "terima", Map.of()).getStatus().value()).isEqualTo(200);
        assertProblem(act(dputr, id, "jawab", Map.of()), 400, "invalid-fields");
        assertThat(act(dputr, id, "jawab", Map.of("jawaban", "Lubang sudah ditambal.")).getResponseBody())
                .contains("\"status\":\"DITANGGAPI\"");

        EntityExchangeResult<String> noCode = citizen.client().post()
                .uri("/api/v1/status-pengaduan/ZZZZZZZZZZZZZZZZZZZZ/penilaian").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("penilaian", "puas", "nilai", "5")).exchange().expectBody(String.class)
                .returnResult();
        assertProblem(noCode, 404, "not-found");

        EntityExchangeResult<String> noComment = citizen.client().post()
                .uri("/api/v1/status-pengaduan/" + code + "/penilaian").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("penilaian", "tidak-puas", "nilai", "2")).exchange().expectBody(String.class)
                .returnResult();
        assertProblem(noComment, 409, "rule:complaint.comment-missing");

        Map<String, Object> unhappy = new LinkedHashMap<>();
        unhappy.put("penilaian", "tidak-puas");
        unhappy.put("nilai", "2");
        unhappy.put("komentar", "Tambalan sudah retak lagi");
        String reopened = citizen.client().post().uri("/api/v1/status-pengaduan/" + code + "/penilaian")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(unhappy).exchange().expectBody(String.class)
                .returnResult().getResponseBody();
        assertThat(reopened).contains("\"status\":\"DITINDAKLANJUTI\"", "Tambalan sudah retak lagi");

        assertThat(act(dputr, id, "jawab", Map.of("jawaban", "Ditambal ulang dengan aspal panas.")).getStatus()
                .value()).isEqualTo(200);
        String closed = citizen.client().post().uri("/api/v1/status-pengaduan/" + code + "/penilaian")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("penilaian", "puas", "nilai", "5"))
                .exchange().expectBody(String.class).returnResult().getResponseBody();
        assertThat(closed).contains("\"status\":\"SELESAI\"", "Ditambal ulang dengan aspal panas.");
    }

    @Test
    void a_duplicate_is_merged_and_its_complainant_follows_the_original() {
        String originalCode = code(file(form("Jalan berlubang depan SDN Kepuh", "Ciwandan", "Kepuh")));
        String originalId = complaintId(originalCode);
        MultipartBodyBuilder again = form("Lubang jalan di depan sekolah SDN Kepuh", "Ciwandan", "Kepuh");
        String duplicateCode = code(file(again));
        String duplicateId = complaintId(duplicateCode);

        String page = desk.page("/petugas/pengaduan/" + duplicateId).getResponseBody();
        assertThat(page).contains("aksi-gabung").contains(originalId);

        assertThat(act(desk, duplicateId, "gabung", Map.of("pengaduanAsal", originalId)).getStatus().value())
                .isEqualTo(200);
        assertThat(act(desk, originalId, "verifikasi", Map.of()).getStatus().value()).isEqualTo(200);

        String followed = status(duplicateCode);
        assertThat(followed).contains("\"status\":\"TERVERIFIKASI\"").contains("\"digabungKe\":\"ADUAN/");
        assertProblem(act(desk, duplicateId, "verifikasi", Map.of()), 409, "rule:complaint.complaint-closed");
    }

    @Test
    void a_request_for_documents_becomes_a_permohonan_tracked_with_the_same_code() {
        String code = code(file(form("Minta salinan kontrak perbaikan jalan", "Cibeber", "Kalitimbang")));
        String id = complaintId(code);
        Map<String, Object> conversion = new LinkedHashMap<>();
        conversion.put("informasiDiminta", "Salinan kontrak perbaikan jalan Kalitimbang 2026");
        conversion.put("caraMemperoleh", "SALINAN_SOFTCOPY");
        conversion.put("caraMendapatkanSalinan", "EMAIL");
        conversion.put("penjelasan", "Yang Anda minta adalah dokumen, sehingga dilayani sebagai permohonan informasi.");

        assertThat(act(desk, id, "alihkan", conversion).getStatus().value()).isEqualTo(200);

        assertThat(status(code)).contains("\"status\":\"DIALIHKAN_KE_PPID\"").contains("\"dialihkanKe\":\"PPID/");
        EntityExchangeResult<String> request = citizen.page("/status/" + code);
        assertThat(request.getStatus().value()).isEqualTo(200);
        assertThat(request.getResponseBody()).contains("Salinan kontrak perbaikan jalan Kalitimbang 2026");
        String desksView = desk.listing("/petugas/permohonan");
        Matcher requestLink = Pattern.compile("/petugas/permohonan/([0-9a-f-]{36})\"[^>]*>(PPID/\\d{4}/\\d{6})")
                .matcher(desksView);
        String converted = status(code).replaceAll("(?s).*\"dialihkanKe\":\"([^\"]+)\".*", "$1");
        String requestPage = null;
        while (requestLink.find()) {
            if (requestLink.group(2).equals(converted)) {
                requestPage = "/petugas/permohonan/" + requestLink.group(1);
            }
        }
        assertThat(requestPage).as("the request is in the desk's queue").isNotNull();
        assertThat(desk.page(requestPage).getResponseBody()).contains("href=\"/petugas/pengaduan/" + id + "\"");
    }
}

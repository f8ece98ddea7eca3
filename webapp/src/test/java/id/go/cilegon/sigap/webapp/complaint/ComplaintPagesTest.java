package id.go.cilegon.sigap.webapp.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import id.go.cilegon.sigap.command.complaint.api.ComplaintStatus;
import id.go.cilegon.sigap.command.shared.api.UnitId;
import id.go.cilegon.sigap.query.complaint.api.ComplaintFile;
import id.go.cilegon.sigap.query.complaint.api.FindComplaintByTrackingCode;
import id.go.cilegon.sigap.webapp.security.OfficerAccounts;
import id.go.cilegon.sigap.webapp.security.OfficerRole;
import id.go.cilegon.sigap.webapp.shared.TrackingCode;
import id.go.cilegon.sigap.webapp.support.Http;
import id.go.cilegon.sigap.webapp.support.SigapTest;
import id.go.cilegon.sigap.webapp.unit.Units;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
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
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The complaint pages over real HTTP, as a browser posts them: the citizen's form and its field errors, the
 * verifier's question answered on the status page with the clock shown stopped, the desk's own intake and receipt,
 * and who sees a rahasia complainant's identity.
 */
@SigapTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ComplaintPagesTest {

    private static final String PASSWORD = "rahasia-halaman-aduan";
    private static final Pattern STATUS_LOCATION = Pattern.compile("/pengaduan/status/([A-Z0-9]+)\\?baru=1");

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

    @BeforeEach
    void setUp() {
        units.save(new Units.Unit("DPUTR", "Dinas Pekerjaan Umum dan Tata Ruang", true));
        units.save(new Units.Unit("DLH", "Dinas Lingkungan Hidup", true));
        accounts.save("halaman-petugas", "Petugas pengaduan", PASSWORD, List.of(OfficerRole.PETUGAS_PPID));
        accounts.save("halaman-dputr", "Penghubung DPUTR", PASSWORD, List.of(OfficerRole.PPID_PELAKSANA),
                new UnitId("DPUTR"));
        accounts.save("halaman-dlh", "Penghubung DLH", PASSWORD, List.of(OfficerRole.PPID_PELAKSANA),
                new UnitId("DLH"));
        accounts.save("halaman-supervisor", "Supervisor", PASSWORD, List.of(OfficerRole.SUPERVISOR));
        citizen = new Http(port);
        desk = officer("halaman-petugas");
    }

    private Http officer(String username) {
        Http http = new Http(port);
        http.logIn(username, PASSWORD);
        return http;
    }

    private long events() {
        return database.getCollection("events").countDocuments();
    }

    /** Files the form as the browser does and answers the tracking code from the redirect. */
    private String file(MultipartBodyBuilder form) {
        EntityExchangeResult<String> result = citizen.submitMultipart("/pengaduan", "/pengaduan", form);
        assertThat(result.getStatus().value()).as(result.getResponseBody()).isEqualTo(303);
        Matcher code = STATUS_LOCATION.matcher(String.valueOf(result.getResponseHeaders().getLocation()));
        assertThat(code.find()).isTrue();
        return code.group(1);
    }

    private ComplaintFile complaint(String code, Predicate<ComplaintFile> shown) {
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(10));
        Optional<ComplaintFile> file;
        do {
            file = queries.query(new FindComplaintByTrackingCode(TrackingCode.parse(code).orElseThrow().hash()),
                    ResponseTypes.optionalInstanceOf(ComplaintFile.class)).join();
        } while (file.filter(shown).isEmpty() && Instant.now().isBefore(giveUp));
        return file.orElseThrow();
    }

    private static MultiValueMap<String, String> fields(String... namesAndValues) {
        MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.add(namesAndValues[i], namesAndValues[i + 1]);
        }
        return fields;
    }

    private EntityExchangeResult<String> act(Http officer, ComplaintFile file, String action, String... fields) {
        String page = "/petugas/pengaduan/" + file.complaintId();
        return officer.submit(page, page + "/" + action, fields(fields));
    }

    @Test
    void the_form_offers_cilegons_places_and_names_every_missing_field_storing_nothing() {
        String form = citizen.page("/pengaduan").getResponseBody();
        assertThat(form).contains("<option value=\"Pulomerak\"", "data-kecamatan=\"Ciwandan\"",
                "<option value=\"Tegal Ratu\"", "name=\"lampiran\"", "enctype=\"multipart/form-data\"");

        long before = events();
        MultipartBodyBuilder empty = new MultipartBodyBuilder();
        empty.part("judul", "");
        empty.part("lintang", "-6.01");
        EntityExchangeResult<String> refused = citizen.submitMultipart("/pengaduan", "/pengaduan", empty);

        assertThat(refused.getStatus().value()).isEqualTo(400);
        assertThat(refused.getResponseBody()).contains("id=\"kesalahan\"", "Judul pengaduan: wajib diisi",
                "Kategori: wajib diisi", "Kecamatan: wajib diisi", "Nama: wajib diisi, kecuali pengaduan anonim",
                "isi lintang dan bujur sebuah titik");
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void the_verifiers_question_stops_the_clock_until_the_complainant_answers_on_the_status_page() {
        String code = file(ComplaintHttpTest.form("Saluran tertutup di Tamansari", "Pulomerak", "Tamansari"));
        ComplaintFile received = complaint(code, file -> true);
        assertThat(desk.page("/petugas/pengaduan/" + received.complaintId()).getResponseBody())
                .as("no reason to reject is chosen for the verifier").containsPattern("id=\"alasanPenolakan\" "
                        + "name=\"alasanPenolakan\">\\s*<option value=\"\">— pilih —</option>");

        EntityExchangeResult<String> asked = act(desk, received, "tanya", "pertanyaan",
                "Di dekat bangunan apa tumpukan sampah itu?");
        assertThat(asked.getStatus().value()).isEqualTo(303);

        String status = citizen.page("/pengaduan/status/" + code).getResponseBody();
        assertThat(status).contains("Di dekat bangunan apa tumpukan sampah itu?", "id=\"kirim-jawaban\"",
                "Batas waktu verifikasi berhenti sampai Anda menjawab");

        EntityExchangeResult<String> blank = citizen.submit("/pengaduan/status/" + code,
                "/pengaduan/status/" + code + "/jawaban", fields("jawaban", " "));
        assertThat(blank.getStatus().value()).isEqualTo(400);
        assertThat(blank.getResponseBody()).contains("wajib diisi");

        EntityExchangeResult<String> answered = citizen.submit("/pengaduan/status/" + code,
                "/pengaduan/status/" + code + "/jawaban", fields("jawaban", "Di samping Masjid Al-Ikhlas."));
        assertThat(String.valueOf(answered.getResponseHeaders().getLocation())).endsWith("?dijawab=1");
        String after = citizen.page("/pengaduan/status/" + code + "?dijawab=1").getResponseBody();
        assertThat(after).contains("Jawaban Anda sudah diterima", "Anda memberi keterangan tambahan")
                .doesNotContain("id=\"kirim-jawaban\"");
        assertThat(complaint(code, file -> file.status() == ComplaintStatus.DITERIMA).pendingQuestion()).isNull();
    }

    @Test
    void the_desk_records_a_phoned_complaint_with_the_time_it_came_in_and_hands_over_the_code() {
        String received = LocalDateTime.now(ZoneId.of("Asia/Jakarta")).minusHours(2).truncatedTo(ChronoUnit.MINUTES)
                .toString();
        MultipartBodyBuilder form = ComplaintHttpTest.form("Lampu jalan mati di Jalan Lingkar", "Grogol", "Rawa Arum");
        form.part("saluran", "TELEPON");
        form.part("diterimaPada", received);

        EntityExchangeResult<String> result = desk.submitMultipart("/petugas/pengaduan/baru", "/petugas/pengaduan/baru",
                form);

        String location = String.valueOf(result.getResponseHeaders().getLocation());
        assertThat(location).as(result.getResponseBody()).startsWith("/petugas/pengaduan/tanda-terima/");
        String receipt = desk.page(location).getResponseBody();
        assertThat(receipt).containsPattern("ADUAN/\\d{4}/\\d{6}").contains("id=\"kode-pelacakan\"");
        String code = location.substring(location.lastIndexOf('/') + 1);
        ComplaintFile file = complaint(code, any -> true);
        assertThat(file.channel().name()).isEqualTo("TELEPON");
        assertThat(file.enteredBy()).isEqualTo("halaman-petugas");

        MultipartBodyBuilder future = ComplaintHttpTest.form("Besok", "Grogol", "Rawa Arum");
        future.part("saluran", "TELEPON");
        future.part("diterimaPada", LocalDateTime.now(ZoneId.of("Asia/Jakarta")).plusDays(2)
                .truncatedTo(ChronoUnit.MINUTES).toString());
        EntityExchangeResult<String> refused = desk.submitMultipart("/petugas/pengaduan/baru",
                "/petugas/pengaduan/baru", future);
        assertThat(refused.getStatus().value()).isEqualTo(400);
        assertThat(refused.getResponseBody()).contains("id=\"kesalahan\"");
    }

    @Test
    void a_rahasia_complainant_is_seen_by_the_handling_officers_only_and_the_complaint_stays_off_the_public_page() {
        MultipartBodyBuilder form = ComplaintHttpTest.form("Pungutan liar parkir pasar Kranggot", "Jombang",
                "Jombang Wetan");
        form.part("rahasia", "true");
        String code = file(form);
        ComplaintFile received = complaint(code, any -> true);
        act(desk, received, "verifikasi");
        act(desk, complaint(code, file -> file.status() == ComplaintStatus.TERVERIFIKASI), "disposisi",
                "unit", "DPUTR");
        ComplaintFile disposed = complaint(code, file -> file.status() == ComplaintStatus.DIDISPOSISI);
        String casePage = "/petugas/pengaduan/" + disposed.complaintId();

        assertThat(desk.page(casePage).getResponseBody()).contains("Ahmad Fauzi Uji");
        assertThat(officer("halaman-dputr").page(casePage).getResponseBody()).contains("Ahmad Fauzi Uji");
        String supervisor = officer("halaman-supervisor").page(casePage).getResponseBody();
        assertThat(supervisor).contains("Dirahasiakan").doesNotContain("Ahmad Fauzi Uji");
        assertThat(officer("halaman-dlh").page(casePage).getStatus().value()).as("not the unit's complaint")
                .isEqualTo(404);
        assertThat(citizen.page("/pengaduan/publik?kecamatan=Jombang").getResponseBody())
                .doesNotContain("Pungutan liar parkir pasar Kranggot");
    }

    @Test
    void a_unit_sees_its_own_complaints_in_its_queue_and_nothing_else() {
        String code = file(ComplaintHttpTest.form("Jembatan retak di Kubangsari", "Ciwandan", "Kubangsari"));
        act(desk, complaint(code, any -> true), "verifikasi");
        act(desk, complaint(code, file -> file.status() == ComplaintStatus.TERVERIFIKASI), "disposisi",
                "unit", "DPUTR");
        ComplaintFile disposed = complaint(code, file -> file.status() == ComplaintStatus.DIDISPOSISI);

        assertThat(officer("halaman-dputr").listing("/petugas/pengaduan"))
                .contains(disposed.number(), "Dinas Pekerjaan Umum dan Tata Ruang");
        assertThat(officer("halaman-dlh").listing("/petugas/pengaduan"))
                .doesNotContain(disposed.number());
    }
}

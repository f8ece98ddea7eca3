package id.go.cilegon.sigap.webapp.informationlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.go.cilegon.sigap.command.informationlist.api.ListedInformationStatus;
import id.go.cilegon.sigap.command.informationrequest.api.DeliveryMethod;
import id.go.cilegon.sigap.command.informationrequest.api.ExemptionGround;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestId;
import id.go.cilegon.sigap.command.informationrequest.api.NoticeDecision;
import id.go.cilegon.sigap.command.informationrequest.api.ObtainMethod;
import id.go.cilegon.sigap.command.informationrequest.api.RegisterInformationRequest;
import id.go.cilegon.sigap.command.informationrequest.api.Requester;
import id.go.cilegon.sigap.command.informationrequest.api.WrittenNotice;
import id.go.cilegon.sigap.command.shared.api.Channel;
import id.go.cilegon.sigap.command.shared.api.personaldata.DataSubjectId;
import id.go.cilegon.sigap.command.shared.api.personaldata.PersonalData;
import id.go.cilegon.sigap.query.informationlist.api.FindListedInformation;
import id.go.cilegon.sigap.query.informationlist.api.ListListedInformation;
import id.go.cilegon.sigap.query.informationlist.api.ListedInformationEntry;
import id.go.cilegon.sigap.query.informationrequest.api.CaseFile;
import id.go.cilegon.sigap.query.informationrequest.api.FindCaseFile;
import id.go.cilegon.sigap.webapp.security.OfficerAccounts;
import id.go.cilegon.sigap.webapp.security.OfficerRole;
import id.go.cilegon.sigap.webapp.shared.TrackingCode;
import id.go.cilegon.sigap.webapp.support.Http;
import id.go.cilegon.sigap.webapp.support.SigapTest;
import id.go.cilegon.sigap.webapp.unit.Units;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The PPID's lists over real HTTP: listing by form (bad input refused by field, nothing stored), an exemption decided
 * after a complete consequence test and shown in the public DIK with its CSV, lifted by the Atasan PPID, withdrawal,
 * who may do what, and the watch's reminder in the PPID's notifications.
 */
@SigapTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class InformationListHttpTest {

    private static final String PASSWORD = "rahasia-daftar-uji-1";
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    @LocalServerPort
    int port;

    @Autowired
    OfficerAccounts accounts;

    @Autowired
    Units units;

    @Autowired
    QueryGateway queries;

    @Autowired
    CommandGateway commands;

    @Autowired
    ExemptionWatch watch;

    @Autowired
    Clock clock;

    private Http ppid;
    private Http atasan;
    private Http supervisor;
    private Http citizen;

    @BeforeEach
    void logIn() {
        units.save(new Units.Unit("DKISS", "Dinas Komunikasi, Informatika, Sandi dan Statistik", true));
        units.save(new Units.Unit("LAMA", "Unit yang sudah dibubarkan", false));
        accounts.save("uji-daftar-ppid", "Petugas PPID uji daftar", PASSWORD, List.of(OfficerRole.PETUGAS_PPID));
        accounts.save("uji-daftar-atasan", "Atasan PPID uji daftar", PASSWORD, List.of(OfficerRole.ATASAN_PPID));
        accounts.save("uji-daftar-supervisor", "Supervisor uji daftar", PASSWORD, List.of(OfficerRole.SUPERVISOR));
        ppid = new Http(port);
        ppid.logIn("uji-daftar-ppid", PASSWORD);
        atasan = new Http(port);
        atasan.logIn("uji-daftar-atasan", PASSWORD);
        supervisor = new Http(port);
        supervisor.logIn("uji-daftar-supervisor", PASSWORD);
        citizen = new Http(port);
    }

    private static MultiValueMap<String, String> entry(String title) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("judul", title);
        form.add("ringkasan", "Ringkasan isi " + title);
        form.add("kategori", "SETIAP_SAAT");
        form.add("unit", "DKISS");
        form.add("penanggungJawab", "Kepala Bidang Statistik");
        form.add("waktuTempat", "Cilegon, 2026");
        form.add("bentuk", "SOFTCOPY");
        form.add("bentuk", "HARDCOPY");
        form.add("retensi", "5 tahun (JRA)");
        form.add("tautan", "");
        return form;
    }

    private MultiValueMap<String, String> exemption(LocalDate decidedOn, String years) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("dasar", "A_PENEGAKAN_HUKUM");
        form.add("dokumen", "Berkas pemeriksaan 12/2026\nLampiran saksi");
        form.add("dasarHukum", "UU 14/2008 Pasal 17 huruf a");
        form.add("analisis", "Membukanya menghambat pemeriksaan yang berjalan.");
        form.add("masaTahun", years);
        form.add("masaBulan", "");
        form.add("nomorPenetapan", "188.45/99-PPID/2026");
        form.add("tanggalPenetapan", decidedOn.toString());
        return form;
    }

    /** Lists a piece of information by form as the PPID; its id. */
    private String list(String title) {
        EntityExchangeResult<String> answer = ppid.submit("/petugas/informasi/baru", "/petugas/informasi/baru",
                entry(title));
        assertThat(answer.getStatus().value()).isEqualTo(303);
        String location = answer.getResponseHeaders().getLocation().getPath();
        assertThat(location).startsWith("/petugas/informasi/");
        return location.substring("/petugas/informasi/".length());
    }

    private ListedInformationEntry find(String id) {
        return queries.query(new FindListedInformation(id),
                ResponseTypes.optionalInstanceOf(ListedInformationEntry.class)).join().orElseThrow();
    }

    private int held() {
        return queries.query(new ListListedInformation(null),
                ResponseTypes.multipleInstancesOf(ListedInformationEntry.class)).join().size();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(WIB));
    }

    private static String unique(String what) {
        return what + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void listed_information_is_in_the_public_dip_and_its_csv() {
        String title = unique("Rekap data statistik sektoral");
        String id = list(title);

        assertThat(ppid.page("/petugas/informasi/" + id + "?berhasil=catat").getResponseBody())
                .contains("Informasi dicatat ke Daftar Informasi Publik", title, find(id).number());
        assertThat(citizen.page("/informasi-publik").getResponseBody()).contains(title, "Softcopy, Hardcopy");
        assertThat(citizen.page("/informasi-publik?cari=" + title.substring(title.length() - 8)).getResponseBody())
                .contains(title);
        assertThat(citizen.page("/informasi-publik?kategori=BERKALA").getResponseBody()).doesNotContain(title);
        String word = title.substring(title.length() - 8);
        assertThat(ppid.page("/petugas/informasi?cari=" + word).getResponseBody()).contains(title);
        assertThat(ppid.page("/petugas/informasi?cari=statistik+tidak-ada-" + word).getResponseBody())
                .doesNotContain(title);
        String csv = new String(citizen.download("/informasi-publik.csv").getResponseBodyContent(),
                StandardCharsets.UTF_8);
        assertThat(csv).contains("Judul informasi", title, "Kepala Bidang Statistik");
        assertThat(citizen.page("/informasi-publik/dikecualikan").getResponseBody()).doesNotContain(title);
    }

    @Test
    void a_new_edition_is_recorded_apart_from_a_correction_of_the_description() {
        String title = unique("Laporan kinerja semester");
        String id = list(title);
        String page = "/petugas/informasi/" + id;
        MultiValueMap<String, String> corrected = entry(title);
        corrected.set("kategori", "BERKALA");
        assertThat(ppid.submit(page, page + "/ubah", corrected).getStatus().value()).isEqualTo(303);
        assertThat(find(id).history()).extracting(ListedInformationEntry.Change::kind).containsExactly(
                ListedInformationEntry.ChangeKind.DICATAT, ListedInformationEntry.ChangeKind.DIPERBARUI);

        MultiValueMap<String, String> republished = entry(title);
        republished.set("kategori", "BERKALA");
        republished.add("dimutakhirkan", "ya");
        assertThat(ppid.submit(page, page + "/ubah", republished).getStatus().value()).isEqualTo(303);

        ListedInformationEntry now = find(id);
        assertThat(now.history()).extracting(ListedInformationEntry.Change::kind)
                .endsWith(ListedInformationEntry.ChangeKind.DIMUTAKHIRKAN);
        assertThat(now.refreshedAt()).isAfter(now.history().get(0).at());
        assertThat(ppid.page(page).getResponseBody()).contains("Informasi dimutakhirkan: terbitan baru",
                "Terakhir dimutakhirkan").doesNotContain("id=\"perlu-dimutakhirkan\"");
        MultiValueMap<String, String> forged = entry(title);
        forged.add("dimutakhirkan", "mungkin");
        assertThat(ppid.submit(page, page + "/ubah", forged).getStatus().value()).isEqualTo(400);
    }

    @Test
    void an_existing_dip_is_imported_from_csv_once_and_bad_rows_are_named() {
        String title = unique("Profil Diskominfo");
        String csv = "judul,ringkasan,kategori,unit,penanggung_jawab,waktu_tempat,bentuk,retensi,tautan\n"
                + title + ",Struktur dan tugas dinas,berkala,dkiss,Sekretaris Dinas,\"Cilegon, 2026\","
                + "\"softcopy; hardcopy\",5 tahun,https://ppid.cilegon.example/profil\n"
                + "Rahasia,Isi,RAHASIA,DKISS,Sekretaris,2026,softcopy,5 tahun,\n"
                + "Arsip lama,Isi,SETIAP SAAT,LAMA,Kabag,2020,hardcopy,5 tahun,\n"
                + ",Tanpa judul,BERKALA,DKISS,Kabag,2026,softcopy,5 tahun,\n"
                + "Tautan skrip,Isi,BERKALA,DKISS,Kabag,2026,softcopy,5 tahun,javascript:alert(1)\n";
        int before = held();

        EntityExchangeResult<String> first = ppid.submitMultipart("/petugas/informasi/baru",
                "/petugas/informasi/impor", upload(csv));

        assertThat(first.getStatus().value()).isEqualTo(200);
        assertThat(first.getResponseBody()).contains("1 informasi dicatat, 0 sudah tercatat, 4 baris ditolak",
                "Baris 3", "kategori harus BERKALA", "Baris 4", "unit tidak dikenal", "Baris 5", "kolom wajib kosong",
                "Baris 6", "tautan harus alamat web");
        assertThat(held()).isEqualTo(before + 1);
        assertThat(citizen.page("/informasi-publik?cari=" + title.substring(title.length() - 8)).getResponseBody())
                .contains(title, "Berkala (Pasal 9)", "Softcopy, Hardcopy");

        EntityExchangeResult<String> again = ppid.submitMultipart("/petugas/informasi/baru",
                "/petugas/informasi/impor", upload(csv.replace(title, title.toUpperCase())));
        assertThat(again.getResponseBody()).contains("0 informasi dicatat, 1 sudah tercatat");
        assertThat(held()).isEqualTo(before + 1);

        EntityExchangeResult<String> noHeader = ppid.submitMultipart("/petugas/informasi/baru",
                "/petugas/informasi/impor", upload("a,b\n1,2\n"));
        assertThat(noHeader.getStatus().value()).isEqualTo(400);
        assertThat(noHeader.getResponseBody()).contains("id=\"impor-ditolak\"");
        MultipartBodyBuilder latin1 = new MultipartBodyBuilder();
        latin1.part("berkas", "judul\nPerubahan\u00e9".getBytes(StandardCharsets.ISO_8859_1)).filename("dip.csv")
                .contentType(MediaType.parseMediaType("text/csv"));
        assertThat(ppid.submitMultipart("/petugas/informasi/baru", "/petugas/informasi/impor", latin1)
                .getResponseBody()).contains("Berkas bukan teks UTF-8");
        assertThat(ppid.submitMultipart("/petugas/informasi/baru", "/petugas/informasi/impor",
                upload(csv + "x".repeat(InformationCsvImport.LIMITS.maxBytes()))).getResponseBody())
                .contains("Berkas lebih besar dari 1 MB");
        assertThat(supervisor.submitMultipart("/petugas/notifikasi", "/petugas/informasi/impor", upload(csv))
                .getStatus().value()).isEqualTo(403);
        assertThat(held()).isEqualTo(before + 1);
    }

    private static MultipartBodyBuilder upload(String csv) {
        MultipartBodyBuilder parts = new MultipartBodyBuilder();
        parts.part("berkas", csv.getBytes(StandardCharsets.UTF_8)).filename("dip.csv")
                .contentType(MediaType.parseMediaType("text/csv"));
        return parts;
    }

    @Test
    void bad_input_is_refused_by_field_and_stores_nothing() {
        int before = held();
        MultiValueMap<String, String> form = entry("");
        form.set("kategori", "RAHASIA");
        form.set("unit", "LAMA");
        form.remove("bentuk");
        form.add("bentuk", "MIKROFILM");
        form.set("tautan", "javascript:alert(1)");

        EntityExchangeResult<String> answer = ppid.submit("/petugas/informasi/baru", "/petugas/informasi/baru", form);

        assertThat(answer.getStatus().value()).isEqualTo(400);
        assertThat(answer.getResponseBody()).contains("id=\"kesalahan\"", "Judul informasi: wajib diisi",
                "Kategori", "Unit yang menguasai: pilih salah satu unit yang aktif",
                "Bentuk informasi yang tersedia: pilih softcopy, hardcopy, atau keduanya", "Tautan");
        assertThat(held()).isEqualTo(before);
        assertThat(citizen.page("/informasi-publik?kategori=RAHASIA").getStatus().value()).isEqualTo(400);
        assertThat(citizen.page("/informasi-publik?cari=%7B%7D%3Cscript%3E").getStatus().value()).isEqualTo(200);
    }

    @Test
    void an_exemption_needs_a_complete_test_moves_to_the_public_dik_and_is_lifted_by_the_atasan() {
        String title = unique("Berkas pemeriksaan pengadaan");
        String id = list(title);
        String page = "/petugas/informasi/" + id;

        MultiValueMap<String, String> incomplete = exemption(today(), "");
        incomplete.set("analisis", " ");
        incomplete.remove("dasar");
        EntityExchangeResult<String> refused = ppid.submit(page, page + "/kecualikan", incomplete);
        assertThat(refused.getStatus().value()).isEqualTo(400);
        assertThat(refused.getResponseBody()).contains("Dasar pengecualian (UU 14/2008 Pasal 17)",
                "Konsekuensi bila dibuka", "Jangka waktu pengecualian");
        EntityExchangeResult<String> future = ppid.submit(page, page + "/kecualikan",
                exemption(today().plusDays(3), "2"));
        assertThat(future.getStatus().value()).isEqualTo(409);
        assertThat(future.getResponseBody()).contains("Tanggal penetapan tidak boleh sesudah hari ini");
        assertThat(find(id).status()).isEqualTo(ListedInformationStatus.TERBUKA);

        assertThat(ppid.submit(page, page + "/kecualikan", exemption(today(), "2")).getStatus().value())
                .isEqualTo(303);
        ListedInformationEntry exempt = find(id);
        assertThat(exempt.status()).isEqualTo(ListedInformationStatus.DIKECUALIKAN);
        assertThat(exempt.exemption().endsOn()).isEqualTo(today().plusYears(2));
        assertThat(exempt.exemption().test().documents()).containsExactly("Berkas pemeriksaan 12/2026",
                "Lampiran saksi");
        String dik = citizen.page("/informasi-publik/dikecualikan").getResponseBody();
        assertThat(dik).contains(title, "Pasal 17 huruf a (menghambat penegakan hukum)", "UU 14/2008 Pasal 17 huruf a",
                "Nomor 188.45/99-PPID/2026").doesNotContain("Lampiran saksi");
        assertThat(citizen.page("/informasi-publik").getResponseBody()).doesNotContain(title);
        assertThat(new String(citizen.download("/informasi-publik/dikecualikan.csv").getResponseBodyContent(),
                StandardCharsets.UTF_8)).contains(title, "2 tahun");

        assertThat(ppid.page(page).getResponseBody()).as("the renewal's form holds the test in force")
                .contains("Uji ulang dan perpanjang pengecualian", "Lampiran saksi");

        MultiValueMap<String, String> reason = new LinkedMultiValueMap<>();
        reason.add("alasan", "Putusan Komisi Informasi Provinsi Banten");
        assertThat(supervisor.submit("/petugas/notifikasi", page + "/buka", reason).getStatus().value())
                .isEqualTo(403);
        assertThat(atasan.submit(page, page + "/buka", reason).getStatus().value()).isEqualTo(303);
        assertThat(find(id).status()).isEqualTo(ListedInformationStatus.TERBUKA);
        assertThat(citizen.page("/informasi-publik").getResponseBody()).contains(title);
        assertThat(supervisor.page(page).getResponseBody()).contains("Pengecualian dicabut sebelum waktunya",
                "Putusan Komisi Informasi Provinsi Banten", "Atasan PPID uji daftar");
    }

    @Test
    void a_refusal_rests_on_an_exemption_in_the_dik() {
        String title = unique("Berkas penyidikan");
        String dik = list(title);
        String dikPage = "/petugas/informasi/" + dik;
        assertThat(ppid.submit(dikPage, dikPage + "/kecualikan", exemption(today(), "2")).getStatus().value())
                .isEqualTo(303);
        InformationRequestId request = InformationRequestId.newId();
        commands.sendAndWait(new RegisterInformationRequest(request, Channel.WEB, Instant.now(),
                PersonalData.of(DataSubjectId.newId(), new Requester("Pemohon Uji DIK", Requester.IdentityKind.NIK,
                        "3672010101900077", "Jl. Uji 7", "081200007777", null, "Wartawan")),
                "Berkas pemeriksaan pengadaan", "Liputan", ObtainMethod.SALINAN_SOFTCOPY, DeliveryMethod.EMAIL,
                TrackingCode.generate().hash()));
        String casePage = "/petugas/permohonan/" + request.value();
        await().until(() -> ppid.page(casePage).getStatus().value() == 200);

        String page = ppid.page(casePage).getResponseBody();
        assertThat(page).as("the notice's form offers the DIK").contains("id=\"dari-dik\"", find(dik).number());
        String filled = ppid.page(casePage + "?dik=" + dik).getResponseBody();
        assertThat(filled).contains("id=\"terisi-dari-dik\"", "Membukanya menghambat pemeriksaan yang berjalan.",
                "UU 14/2008 Pasal 17 huruf a");
        assertThat(ppid.page(casePage + "?dik=" + UUID.randomUUID()).getStatus().value()).isEqualTo(404);

        MultiValueMap<String, String> notice = new LinkedMultiValueMap<>();
        notice.add("informasiDikuasai", "ya");
        notice.add("keputusan", "DITOLAK_DIKECUALIKAN");
        notice.add("dasarPengecualian", "A_PENEGAKAN_HUKUM");
        notice.add("dokumenUji", "Berkas pemeriksaan 12/2026\nLampiran saksi");
        notice.add("dasarHukum", "UU 14/2008 Pasal 17 huruf a");
        notice.add("analisisKonsekuensi", "Membukanya menghambat pemeriksaan yang berjalan.");
        notice.add("jangkaWaktuTahun", "2");
        assertThat(ppid.submit(casePage + "?dik=" + dik, casePage + "/pemberitahuan", notice).getStatus().value())
                .isEqualTo(303);
        WrittenNotice sent = queries.query(new FindCaseFile(request),
                ResponseTypes.optionalInstanceOf(CaseFile.class)).join().orElseThrow().notice();
        assertThat(sent.decision()).isEqualTo(NoticeDecision.DITOLAK_DIKECUALIKAN);
        assertThat(sent.exemptionGrounds()).containsExactly(ExemptionGround.A_PENEGAKAN_HUKUM);
        assertThat(sent.consequenceTest().exemptionPeriod()).isEqualTo(Period.ofYears(2));
    }

    @Test
    void withdrawn_information_leaves_the_lists_and_takes_no_more_changes() {
        String title = unique("Arsip undangan rapat");
        String id = list(title);
        String page = "/petugas/informasi/" + id;
        MultiValueMap<String, String> reason = new LinkedMultiValueMap<>();
        reason.add("alasan", "");
        assertThat(ppid.submit(page, page + "/tarik", reason).getStatus().value()).isEqualTo(400);
        reason.set("alasan", "Diserahkan ke Dinas Arsip sesuai JRA");
        assertThat(atasan.submit(page, page + "/tarik", reason).getStatus().value()).isEqualTo(403);
        assertThat(ppid.submit(page, page + "/tarik", reason).getStatus().value()).isEqualTo(303);

        assertThat(find(id).status()).isEqualTo(ListedInformationStatus.DITARIK);
        assertThat(citizen.page("/informasi-publik").getResponseBody()).doesNotContain(title);
        assertThat(ppid.page("/petugas/informasi").getResponseBody()).doesNotContain(title);
        assertThat(ppid.page("/petugas/informasi?status=DITARIK").getResponseBody()).contains(title);
        EntityExchangeResult<String> late = ppid.submit(page, page + "/ubah", entry(title));
        assertThat(late.getStatus().value()).isEqualTo(409);
        assertThat(late.getResponseBody()).contains("sudah ditarik dari daftar");
    }

    @Test
    void who_reads_and_who_keeps_the_lists() {
        accounts.save("uji-daftar-media", "Media uji daftar", PASSWORD, List.of(OfficerRole.PETUGAS_MEDIA));
        Http media = new Http(port);
        media.logIn("uji-daftar-media", PASSWORD);
        String id = list(unique("Profil badan publik"));

        assertThat(supervisor.page("/petugas/informasi/" + id).getStatus().value()).isEqualTo(200);
        assertThat(supervisor.page("/petugas/informasi/baru").getStatus().value()).isEqualTo(403);
        assertThat(supervisor.submit("/petugas/notifikasi", "/petugas/informasi/" + id + "/ubah",
                entry("Diubah supervisor")).getStatus().value()).isEqualTo(403);
        assertThat(media.page("/petugas/informasi").getStatus().value()).isEqualTo(403);
        assertThat(ppid.page("/petugas/informasi/tidak-ada").getStatus().value()).isEqualTo(404);
        EntityExchangeResult<String> visitor = citizen.page("/petugas/informasi");
        assertThat(visitor.getStatus().value()).isEqualTo(302);
        assertThat(visitor.getResponseHeaders().getLocation().getPath()).isEqualTo("/masuk");
    }

    @Test
    void an_exemption_ending_within_thirty_days_reminds_the_ppid_and_the_atasan_once() {
        String title = unique("Hasil tes kesehatan");
        String id = list(title);
        String page = "/petugas/informasi/" + id;
        assertThat(ppid.submit(page, page + "/kecualikan", exemption(today().minusYears(1).plusDays(10), "1"))
                .getStatus().value()).isEqualTo(303);
        assertThat(ppid.page("/petugas/informasi").getResponseBody()).contains("Perlu uji ulang");

        assertThat(watch.actOnEndingExemptions()).isGreaterThanOrEqualTo(1);

        String number = find(id).number();
        await().until(() -> find(id).reviewDue());
        assertThat(ppid.page("/petugas/notifikasi").getResponseBody())
                .contains(number, "Pengecualian informasi akan berakhir");
        assertThat(atasan.page("/petugas/notifikasi").getResponseBody()).contains(number);
        assertThat(find(id).history()).filteredOn(change -> change.kind()
                == ListedInformationEntry.ChangeKind.PERLU_UJI_ULANG).hasSize(1);
        watch.actOnEndingExemptions();
        assertThat(find(id).history()).filteredOn(change -> change.kind()
                == ListedInformationEntry.ChangeKind.PERLU_UJI_ULANG).hasSize(1);
    }
}

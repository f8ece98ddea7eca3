package id.go.cilegon.sigap.webapp.demo;

import id.go.cilegon.sigap.command.informationrequest.api.AnswerObjection;
import id.go.cilegon.sigap.command.informationrequest.api.AssignInformationRequest;
import id.go.cilegon.sigap.command.informationrequest.api.ConsequenceTest;
import id.go.cilegon.sigap.command.informationrequest.api.Cost;
import id.go.cilegon.sigap.command.informationrequest.api.DeliveryMethod;
import id.go.cilegon.sigap.command.informationrequest.api.DisputeStage;
import id.go.cilegon.sigap.command.informationrequest.api.EscalateInformationRequest;
import id.go.cilegon.sigap.command.informationrequest.api.ExemptionGround;
import id.go.cilegon.sigap.command.informationrequest.api.FileObjection;
import id.go.cilegon.sigap.command.informationrequest.api.ForwardInformationRequest;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestId;
import id.go.cilegon.sigap.command.informationrequest.api.NoticeDecision;
import id.go.cilegon.sigap.command.informationrequest.api.ObjectionGround;
import id.go.cilegon.sigap.command.informationrequest.api.ObjectionOutcome;
import id.go.cilegon.sigap.command.informationrequest.api.ObtainMethod;
import id.go.cilegon.sigap.command.informationrequest.api.RecordDisputeFiled;
import id.go.cilegon.sigap.command.informationrequest.api.RecordDisputeStage;
import id.go.cilegon.sigap.command.informationrequest.api.Redaction;
import id.go.cilegon.sigap.command.informationrequest.api.RegisterInformationRequest;
import id.go.cilegon.sigap.command.informationrequest.api.ReleaseDocument;
import id.go.cilegon.sigap.command.informationrequest.api.RequestClarification;
import id.go.cilegon.sigap.command.informationrequest.api.Requester;
import id.go.cilegon.sigap.command.informationrequest.api.SendWrittenNotice;
import id.go.cilegon.sigap.command.informationrequest.api.WrittenNotice;
import id.go.cilegon.sigap.command.shared.api.Channel;
import id.go.cilegon.sigap.command.shared.api.OfficerId;
import id.go.cilegon.sigap.command.shared.api.UnitId;
import id.go.cilegon.sigap.command.shared.api.personaldata.DataSubjectId;
import id.go.cilegon.sigap.command.shared.api.personaldata.PersonalData;
import id.go.cilegon.sigap.command.shared.calendar.WorkingDayCalendar;
import id.go.cilegon.sigap.webapp.complaint.attachment.Upload;
import id.go.cilegon.sigap.webapp.informationrequest.ReleasedDocumentStore;
import id.go.cilegon.sigap.webapp.security.OfficerAccounts;
import id.go.cilegon.sigap.webapp.security.OfficerRole;
import id.go.cilegon.sigap.webapp.shared.TrackingCode;
import id.go.cilegon.sigap.webapp.shared.documents.PdfRenderer;
import id.go.cilegon.sigap.webapp.unit.Units;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mode only ({@code sigap.demo.enabled=true}, the {@code demo} profile): the demo officer accounts listed in
 * the README and a handful of requests at different stages of their clock. Runs once per store: the accounts'
 * existence marks a seeded store.
 */
@Component
@ConditionalOnBooleanProperty("sigap.demo.enabled")
@Order(1)
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final OfficerId PETUGAS = new OfficerId("petugas");
    private static final OfficerId ATASAN = new OfficerId("atasan");
    private static final OfficerId DEWI = new OfficerId("dewi");
    private static final OfficerId SUPERVISOR = new OfficerId("supervisor");
    private static final String NOTICE_TEMPLATE = "pemberitahuan-v1";

    private final OfficerAccounts accounts;
    private final Units units;
    private final CommandGateway commands;
    private final Clock clock;
    private final WorkingDayCalendar calendar;
    private final ReleasedDocumentStore documents;
    private final PdfRenderer pdf;

    DemoData(OfficerAccounts accounts, Units units, CommandGateway commands, Clock clock,
            WorkingDayCalendar calendar, ReleasedDocumentStore documents, PdfRenderer pdf) {
        this.accounts = accounts;
        this.units = units;
        this.commands = commands;
        this.clock = clock;
        this.calendar = calendar;
        this.documents = documents;
        this.pdf = pdf;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.exists("petugas")) {
            return;
        }
        accounts.save("petugas", "Petugas PPID (demo)", "petugas-demo", List.of(OfficerRole.PETUGAS_PPID));
        accounts.save("dewi", "Dewi Kurniasih, Petugas PPID (demo)", "dewi-demo", List.of(OfficerRole.PETUGAS_PPID));
        accounts.save("pelaksana", "PPID Pelaksana Setda (demo)", "pelaksana-demo",
                List.of(OfficerRole.PPID_PELAKSANA), new UnitId("SETDA"));
        accounts.save("atasan", "Atasan PPID (demo)", "atasan-demo", List.of(OfficerRole.ATASAN_PPID));
        accounts.save("supervisor", "Supervisor (demo)", "supervisor-demo", List.of(OfficerRole.SUPERVISOR));
        accounts.save("admin", "Admin (demo)", "admin-demo", List.of(OfficerRole.ADMIN));
        List.of(new Units.Unit("DKISS", "Dinas Komunikasi, Informatika, Sandi dan Statistik", true),
                new Units.Unit("SETDA", "Sekretariat Daerah", true),
                new Units.Unit("DISDIKBUD", "Dinas Pendidikan dan Kebudayaan", true),
                new Units.Unit("DISDUKCAPIL", "Dinas Kependudukan dan Pencatatan Sipil", true),
                new Units.Unit("DKPP", "Dinas Ketahanan Pangan dan Pertanian", true),
                new Units.Unit("INSPEKTORAT", "Inspektorat", true)).forEach(units::save);
        InformationRequestId oldest = register(1, 15, Channel.DATANG_LANGSUNG, "Siti Rahmawati",
                "3672015503880001", "Guru", "Daftar penerima bantuan sosial pangan di Kecamatan Ciwandan tahun 2026",
                "Memastikan warga yang berhak di lingkungan kami sudah terdata");
        commands.sendAndWait(new AssignInformationRequest(oldest, PETUGAS, null, SUPERVISOR));
        commands.sendAndWait(new EscalateInformationRequest(oldest, "Data penerima bantuan pangan dipegang Dinas "
                + "Sosial dan belum dikirim meski sudah diminta dua kali.", PETUGAS));
        InformationRequestId waiting = register(2, 9, Channel.EMAIL, "Budi Santoso", "3672011204790002",
                "Wiraswasta", "Salinan dokumen rencana kerja perbaikan jalan Lingkar Selatan",
                "Bahan diskusi forum warga");
        commands.sendAndWait(new RequestClarification(waiting, "Mohon sebutkan ruas jalan dan tahun anggaran yang "
                + "dimaksud, karena rencana kerja Lingkar Selatan terdiri atas beberapa paket.", PETUGAS));
        InformationRequestId forwarded = register(3, 4, Channel.WEB, "Dewi Lestari", "3672026708910003",
                "Mahasiswa", "Data jumlah pengaduan layanan air bersih per kelurahan tahun 2025",
                "Penelitian skripsi tentang pelayanan publik");
        commands.sendAndWait(new ForwardInformationRequest(forwarded, new UnitId("SETDA"),
                "Mohon data rekap pengaduan air bersih per kelurahan dari Bagian Perekonomian.", PETUGAS));
        commands.sendAndWait(new AssignInformationRequest(forwarded, DEWI, "Pantau tanggapan Setda.", SUPERVISOR));
        register(4, 0, Channel.WEB, "Ahmad Fauzi", "3672030101850004", "Jurnalis",
                "Realisasi anggaran program Cilegon Bersih semester I 2026",
                "Bahan liputan berita");
        InformationRequestId objected = register(5, 6, Channel.SURAT, "Rina Marlina", "3672014101900005", "Guru",
                "Daftar penerima beasiswa daerah 2026 beserta alamat dan penghasilan orang tua",
                "Pengawasan penyaluran beasiswa oleh komite sekolah");
        commands.sendAndWait(new SendWrittenNotice(objected, partialGrant(), PETUGAS));
        commands.sendAndWait(new ReleaseDocument(objected, documents.store(objected.value(), new Upload(
                "daftar-penerima-beasiswa-daerah-2026.pdf", scholarshipList())), PETUGAS));
        commands.sendAndWait(new FileObjection(objected, ObjectionGround.A_PENOLAKAN_PASAL_17,
                "Penghasilan orang tua penerima diperlukan untuk menilai ketepatan sasaran beasiswa.", null,
                Channel.WEB, null));
        InformationRequestId disputed = register(6, 8, Channel.WEB, "Hendra Wijaya", "3672021212800006",
                "Pegiat antikorupsi", "Laporan hasil pemeriksaan Inspektorat atas pengadaan alat kesehatan 2025",
                "Pengawasan pengadaan barang dan jasa");
        commands.sendAndWait(new SendWrittenNotice(disputed, refusal(), PETUGAS));
        commands.sendAndWait(new FileObjection(disputed, ObjectionGround.A_PENOLAKAN_PASAL_17,
                "Laporan hasil pemeriksaan yang sudah selesai bukan informasi yang dikecualikan.", null,
                Channel.DATANG_LANGSUNG, PETUGAS));
        commands.sendAndWait(new AnswerObjection(disputed, ObjectionOutcome.REJECTED, "Pemeriksaan lanjutan oleh "
                + "aparat penegak hukum masih berjalan; membuka laporan dapat menghambat penyidikan.", ATASAN));
        LocalDate today = LocalDate.ofInstant(clock.instant(), calendar.zone());
        commands.sendAndWait(new RecordDisputeFiled(disputed, "Komisi Informasi Provinsi Banten",
                "015/REG-PSI/" + today.getYear(), today, PETUGAS));
        commands.sendAndWait(new RecordDisputeStage(disputed, DisputeStage.MEDIASI, today, null, PETUGAS));
        log.info("Demo data created: officer accounts petugas, dewi, pelaksana, atasan, supervisor, admin, six units and six "
                + "requests with the tracking codes DEMO-0000-0000-0000-0001 to -0006");
    }

    /** The granted part of request 5 as the PPID would give it: names, schools and amounts, no address or income. */
    private byte[] scholarshipList() {
        String rows = String.join("", List.of(
                "<tr><td>1</td><td>Aulia Rahman</td><td>SMPN 1 Cilegon</td><td>Rp 1.500.000</td></tr>",
                "<tr><td>2</td><td>Bunga Lestari</td><td>SMPN 3 Cilegon</td><td>Rp 1.500.000</td></tr>",
                "<tr><td>3</td><td>Cahya Pratama</td><td>SMAN 2 Krakatau Steel</td><td>Rp 2.000.000</td></tr>"));
        return pdf.render("<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\"/><title>Daftar</title>"
                + "<style>body{font-family:serif;font-size:11pt}td,th{border:1px solid #000;padding:3px}"
                + "table{border-collapse:collapse}</style></head><body>"
                + "<h1>Daftar Penerima Beasiswa Daerah 2026</h1>"
                + "<p>Salinan untuk pemohon; alamat dan penghasilan orang tua dihitamkan (Pasal 17 huruf h).</p>"
                + "<table><tr><th>No</th><th>Nama</th><th>Sekolah</th><th>Besaran</th></tr>" + rows
                + "</table></body></html>", "http://localhost/");
    }

    private static WrittenNotice partialGrant() {
        return new WrittenNotice(true, null, NoticeDecision.DIKABULKAN_SEBAGIAN,
                List.of(ExemptionGround.H_RAHASIA_PRIBADI), new ConsequenceTest(
                        List.of("SK Wali Kota tentang Penerima Beasiswa Daerah 2026, lampiran II"),
                        "UU 14/2008 Pasal 17 huruf h; UU 27/2022 Pasal 4",
                        "Membuka alamat dan penghasilan orang tua penerima merugikan privasi mereka melebihi "
                                + "manfaatnya bagi publik; nama, sekolah dan besaran beasiswa tetap dibuka.",
                        Period.ofYears(5)),
                "Daftar penerima beasiswa daerah 2026: nama, sekolah, dan besaran beasiswa",
                List.of(new Redaction("Alamat dan penghasilan orang tua", ExemptionGround.H_RAHASIA_PRIBADI,
                        "Rahasia pribadi penerima dan keluarganya")),
                ObtainMethod.SALINAN_SOFTCOPY, "PDF, 4 halaman", DeliveryMethod.EMAIL,
                new Cost(0, "Tidak dipungut biaya"), NOTICE_TEMPLATE);
    }

    private static WrittenNotice refusal() {
        return new WrittenNotice(true, null, NoticeDecision.DITOLAK_DIKECUALIKAN,
                List.of(ExemptionGround.A_PENEGAKAN_HUKUM), new ConsequenceTest(
                        List.of("Laporan Hasil Pemeriksaan Inspektorat Nomor 700/LHP-12/2025"),
                        "UU 14/2008 Pasal 17 huruf a angka 1",
                        "Laporan masih menjadi bahan penyidikan aparat penegak hukum; membukanya dapat menghambat "
                                + "proses penyidikan.",
                        Period.ofYears(2)),
                null, List.of(), null, null, null, null, NOTICE_TEMPLATE);
    }

    /** Demo requests have well-known tracking codes, DEMO-0000-0000-0000-000n, so their status pages can be shown. */
    private InformationRequestId register(int demoNumber, int daysAgo, Channel channel, String name, String nik,
            String occupation, String information, String purpose) {
        Requester requester = new Requester(name, Requester.IdentityKind.NIK, nik, "Jl. Contoh No. 1, Cilegon",
                "081200000000", null, occupation);
        InformationRequestId requestId = InformationRequestId.newId();
        commands.sendAndWait(new RegisterInformationRequest(requestId, channel,
                clock.instant().minus(Duration.ofDays(daysAgo)), PersonalData.of(DataSubjectId.newId(), requester),
                information, purpose, ObtainMethod.SALINAN_SOFTCOPY, DeliveryMethod.EMAIL,
                TrackingCode.parse("DEMO-0000-0000-0000-000" + demoNumber).orElseThrow().hash()));
        return requestId;
    }
}

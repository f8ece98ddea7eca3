package id.go.cilegon.sigap.webapp.demo;

import id.go.cilegon.sigap.command.informationlist.api.ExemptInformation;
import id.go.cilegon.sigap.command.informationlist.api.Exemption;
import id.go.cilegon.sigap.command.informationlist.api.InformationCategory;
import id.go.cilegon.sigap.command.informationlist.api.InformationDescription;
import id.go.cilegon.sigap.command.informationlist.api.InformationForm;
import id.go.cilegon.sigap.command.informationlist.api.ListInformation;
import id.go.cilegon.sigap.command.informationlist.api.ListedInformationId;
import id.go.cilegon.sigap.command.informationrequest.api.ConsequenceTest;
import id.go.cilegon.sigap.command.informationrequest.api.ExemptionGround;
import id.go.cilegon.sigap.command.shared.api.OfficerId;
import id.go.cilegon.sigap.command.shared.api.UnitId;
import id.go.cilegon.sigap.command.shared.calendar.WorkingDayCalendar;
import id.go.cilegon.sigap.query.informationlist.api.ListListedInformation;
import id.go.cilegon.sigap.query.informationlist.api.ListedInformationEntry;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: the PPID's lists with five pieces of public information of the kinds a city's DIP holds, and two
 * exempt ones, one of which ends within the month (so the exemption watch reminds the PPID to test it again). Runs
 * once per store, after the units exist: a store whose lists hold anything is left as it is.
 */
@Component
@Order(5)
@ConditionalOnBooleanProperty("sigap.demo.enabled")
class InformationListDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InformationListDemoData.class);
    private static final OfficerId PETUGAS = new OfficerId("petugas");
    private static final OfficerId ATASAN = new OfficerId("atasan");
    private static final List<InformationForm> BOTH = List.of(InformationForm.SOFTCOPY, InformationForm.HARDCOPY);

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final Clock clock;
    private final WorkingDayCalendar calendar;

    InformationListDemoData(CommandGateway commands, QueryGateway queries, Clock clock, WorkingDayCalendar calendar) {
        this.commands = commands;
        this.queries = queries;
        this.clock = clock;
        this.calendar = calendar;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!queries.query(new ListListedInformation(null),
                ResponseTypes.multipleInstancesOf(ListedInformationEntry.class)).join().isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(calendar.zone()));
        int year = today.getYear();
        list(new InformationDescription("Rencana Kerja DKISS Tahun " + year,
                "Program, kegiatan, target kinerja dan pagu indikatif Dinas Komunikasi, Informatika, Sandi dan "
                        + "Statistik tahun " + year + ".", InformationCategory.BERKALA, UnitId.of("DKISS"),
                "Sekretaris Dinas", "Cilegon, Desember " + (year - 1), BOTH, "5 tahun (JRA)",
                "https://ppid.cilegon.go.id/renja-dkiss-" + year));
        list(new InformationDescription("Laporan Keuangan Pemerintah Kota Cilegon Tahun " + (year - 1),
                "Laporan realisasi anggaran, neraca, laporan operasional dan catatan atas laporan keuangan yang "
                        + "telah diaudit BPK.", InformationCategory.BERKALA, UnitId.of("SETDA"),
                "Kepala Bagian Keuangan Sekretariat Daerah", "Cilegon, Mei " + year, BOTH, "10 tahun (JRA)", null));
        list(new InformationDescription("Peringatan dini cuaca ekstrem, banjir dan rob",
                "Peringatan yang disebarkan segera kepada warga saat BMKG atau BPBD menyatakan siaga.",
                InformationCategory.SERTA_MERTA, UnitId.of("DKISS"), "Kepala Bidang Informasi dan Komunikasi Publik",
                "Cilegon, setiap kejadian", List.of(InformationForm.SOFTCOPY), "2 tahun", null));
        list(new InformationDescription("Standar layanan informasi publik PPID Kota Cilegon",
                "Maklumat pelayanan, prosedur permohonan dan keberatan, jangka waktu dan biaya layanan.",
                InformationCategory.SETIAP_SAAT, UnitId.of("DKISS"), "Sekretaris PPID Utama",
                "Cilegon, Januari " + year,
                BOTH, "Selama berlaku", "https://ppid.cilegon.go.id/standar-layanan"));
        list(new InformationDescription("Rekapitulasi sekolah dan peserta didik per kecamatan",
                "Jumlah satuan pendidikan, rombongan belajar, guru dan peserta didik SD dan SMP di delapan kecamatan.",
                InformationCategory.SETIAP_SAAT, UnitId.of("DISDIKBUD"), "Kepala Bidang Pembinaan SD dan SMP",
                "Cilegon, Agustus " + year, List.of(InformationForm.SOFTCOPY), "5 tahun", null));
        ListedInformationId investigation = list(new InformationDescription(
                "Laporan hasil pemeriksaan investigatif pengadaan " + (year - 1),
                "Temuan pemeriksaan Inspektorat atas pengadaan barang dan jasa yang sedang ditangani aparat penegak "
                        + "hukum.", InformationCategory.SETIAP_SAAT, UnitId.of("INSPEKTORAT"), "Inspektur Pembantu I",
                "Cilegon, " + (year - 1), List.of(InformationForm.HARDCOPY), "10 tahun", null));
        commands.sendAndWait(new ExemptInformation(investigation, new Exemption(
                List.of(ExemptionGround.A_PENEGAKAN_HUKUM), new ConsequenceTest(
                        List.of("LHP investigatif Inspektorat No. 700/12/INSP/" + (year - 1)),
                        "UU 14/2008 Pasal 17 huruf a angka 1; UU 8/1981 tentang Hukum Acara Pidana",
                        "Membuka laporan selagi penyidikan berjalan dapat menghambat penyidikan dan mengungkap "
                                + "saksi. Kepentingan publik atas akuntabilitas pengadaan tetap terlayani: ringkasan "
                                + "temuan diumumkan setelah perkara diputus.", Period.ofYears(2)),
                "188.45/21-PPID/" + year, today.minusDays(60)), ATASAN));
        ListedInformationId health = list(new InformationDescription("Hasil pemeriksaan kesehatan calon PPPK",
                "Hasil tes kesehatan dan rekam medis peserta seleksi PPPK Pemerintah Kota Cilegon.",
                InformationCategory.SETIAP_SAAT, UnitId.of("SETDA"), "Kepala Bagian Organisasi",
                "Cilegon, " + (year - 1), BOTH, "5 tahun", null));
        commands.sendAndWait(new ExemptInformation(health, new Exemption(
                List.of(ExemptionGround.H_RAHASIA_PRIBADI), new ConsequenceTest(
                        List.of("Berkas hasil tes kesehatan seleksi PPPK"),
                        "UU 14/2008 Pasal 17 huruf h angka 2; UU 17/2023 tentang Kesehatan; UU 27/2022 tentang "
                                + "Pelindungan Data Pribadi",
                        "Membukanya mengungkap riwayat kesehatan orang per orang. Kepentingan publik atas seleksi "
                                + "yang adil terlayani oleh pengumuman hasil akhir tanpa rincian kesehatan.",
                        Period.ofYears(1)), null, today.minusYears(1).plusDays(20)), PETUGAS));
        log.info("Demo lists seeded: five pieces of public information and two exempt ones");
    }

    private ListedInformationId list(InformationDescription description) {
        ListedInformationId id = ListedInformationId.newId();
        commands.sendAndWait(new ListInformation(id, description, PETUGAS));
        return id;
    }
}

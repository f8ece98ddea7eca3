package id.go.cilegon.sigap.webapp.register;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.cilegon.sigap.command.informationrequest.api.DeliveryMethod;
import id.go.cilegon.sigap.command.informationrequest.api.DisputeStage;
import id.go.cilegon.sigap.command.informationrequest.api.ExemptionGround;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestStatus;
import id.go.cilegon.sigap.command.informationrequest.api.NoticeDecision;
import id.go.cilegon.sigap.command.informationrequest.api.ObjectionGround;
import id.go.cilegon.sigap.command.informationrequest.api.ObjectionOutcome;
import id.go.cilegon.sigap.command.informationrequest.api.ObtainMethod;
import id.go.cilegon.sigap.command.shared.api.Channel;
import id.go.cilegon.sigap.command.shared.calendar.WorkingDayCalendar;
import id.go.cilegon.sigap.query.informationrequest.register.api.ObjectionRegisterEntry;
import id.go.cilegon.sigap.query.informationrequest.register.api.RequestRegisterEntry;
import id.go.cilegon.sigap.webapp.shared.documents.Table;
import id.go.cilegon.sigap.webapp.support.BundledMessages;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** The registers' cells from lines, with the application's own message bundles. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RegisterTablesTest {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private final RegisterTables tables = new RegisterTables(BundledMessages.source("messages", "messages-register"),
            WorkingDayCalendar.standard(ZoneId.of("Asia/Jakarta"), LocalTime.of(16, 0)));

    /** Received 31 March 2026 at 23:30 WIB, which is still 31 March in Cilegon but 16:30 UTC. */
    private static RequestRegisterEntry line(String name) {
        return new RequestRegisterEntry("a", 2026, "PPID/2026/000007", Instant.parse("2026-03-31T16:30:00Z"),
                Channel.WEB, name, "Jl. Merdeka 1", "0812 / a@example.org", "Guru", null,
                "Daftar penerima beasiswa", "Penelitian", ObtainMethod.SALINAN_SOFTCOPY, DeliveryMethod.EMAIL,
                LocalDate.of(2026, 4, 16), true, NoticeDecision.DIKABULKAN_SEBAGIAN, true, null,
                List.of(ExemptionGround.H_RAHASIA_PRIBADI, ExemptionGround.A_PENEGAKAN_HUKUM),
                ObtainMethod.SALINAN_SOFTCOPY, "PDF", 150_000L, "Transfer ke kas daerah",
                Instant.parse("2026-04-17T02:00:00Z"), true, true, null, InformationRequestStatus.DIKABULKAN_SEBAGIAN,
                null, null, null);
    }

    private static String cell(Table table, String heading) {
        return table.rows().get(0).get(table.headers().indexOf(heading));
    }

    @Test
    void the_officer_register_names_every_perki_column_and_reads_dates_in_wib_with_indonesian_months() {
        Table table = tables.requests(List.of(line("Rina Marlina")), 2026, false, INDONESIAN);

        assertThat(table.title()).isEqualTo("Register Permohonan 2026");
        assertThat(table.headers()).startsWith("No. Pendaftaran", "Tanggal Permohonan", "Saluran Permohonan", "Nama",
                "Alamat", "Nomor Kontak (Telepon / E-mail)", "Pekerjaan", "Kuasa", "Informasi yang Diminta",
                "Tujuan Penggunaan Informasi");
        assertThat(cell(table, "Tanggal Permohonan")).isEqualTo("31 Maret 2026");
        assertThat(cell(table, "Nama")).isEqualTo("Rina Marlina");
        assertThat(cell(table, "Status Informasi (Di Bawah Penguasaan)")).isEqualTo("Ya");
        assertThat(cell(table, "Keputusan")).isEqualTo("Dikabulkan sebagian");
        assertThat(cell(table, "Alasan Penolakan")).isEqualTo("Pasal 17 huruf h UU KIP; Pasal 17 huruf a UU KIP");
        assertThat(cell(table, "Batas Waktu Pemberitahuan Tertulis")).isEqualTo("16 April 2026 (diperpanjang)");
        assertThat(cell(table, "Tanggal Pemberitahuan Tertulis")).isEqualTo("17 April 2026");
        assertThat(cell(table, "Ketepatan Waktu Pemberitahuan")).isEqualTo("Terlambat");
        assertThat(cell(table, "Biaya dan Cara Pembayaran")).isEqualTo("Rp150.000 - Transfer ke kas daerah");
    }

    @Test
    void an_erased_requester_reads_as_erased_not_as_an_empty_or_broken_cell() {
        Table table = tables.requests(List.of(line(null)), 2026, false, INDONESIAN);

        assertThat(cell(table, "Nama")).isEqualTo("(data pribadi telah dihapus)");
    }

    @Test
    void the_public_register_has_no_column_for_personal_data_or_free_text() {
        Table requests = tables.requests(List.of(line("Rina Marlina").withoutPersonalData()), 2026, true,
                INDONESIAN);
        Table objections = tables.objections(List.of(objection().withoutPersonalData()), Map.of(), 2026, true,
                INDONESIAN);

        assertThat(requests.headers()).doesNotContain("Nama", "Alamat", "Nomor Kontak (Telepon / E-mail)",
                "Pekerjaan", "Kuasa", "Tujuan Penggunaan Informasi");
        assertThat(requests.headers()).contains("No. Pendaftaran", "Informasi yang Diminta", "Keputusan",
                "Alasan Penolakan", "Status");
        assertThat(requests.rows().get(0)).doesNotContain("Rina Marlina", "Jl. Merdeka 1", "Guru", "Penelitian");
        assertThat(objections.headers()).doesNotContain("Nama Pemohon", "Alamat", "Pekerjaan", "Kuasa Pemohon",
                "Tujuan Penggunaan Informasi", "Kasus Posisi", "Alasan Tanggapan Atasan PPID", "Nama Atasan PPID",
                "Hasil Tahap Sengketa");
        assertThat(objections.headers()).contains("No. Registrasi Keberatan", "No. Pendaftaran Permohonan",
                "Alasan Keberatan (Pasal 35 ayat (1) UU KIP)", "Keputusan Atasan PPID", "Tahap Sengketa Terakhir");
    }

    private static ObjectionRegisterEntry objection() {
        return new ObjectionRegisterEntry("KEBERATAN/2026/000001", "a", 2026, "PPID/2026/000007",
                Instant.parse("2026-04-20T03:00:00Z"), Channel.DATANG_LANGSUNG, "Rina Marlina", "Jl. Merdeka 1",
                "Guru", "Budi Kuasa", "Daftar penerima beasiswa", "Penelitian", ObjectionGround.E_TIDAK_DIPENUHI,
                "Kasus posisi", LocalDate.of(2026, 4, 17), LocalDate.of(2026, 6, 5), ObjectionOutcome.UPHELD,
                "Alasan atasan", "atasan", Instant.parse("2026-06-08T03:00:00Z"), true, true,
                "Komisi Informasi Provinsi Banten", null, LocalDate.of(2026, 6, 15), DisputeStage.MEDIASI,
                LocalDate.of(2026, 6, 22), "Jadwal mediasi", InformationRequestStatus.SENGKETA_DIAJUKAN);
    }

    @Test
    void the_officer_register_keberatan_names_the_atasan_and_the_sengketa_in_english_too() {
        Table table = tables.objections(List.of(objection()), Map.of("atasan", "Dr. Atasan PPID"), 2026, false,
                Locale.ENGLISH);

        assertThat(table.title()).isEqualTo("Objection Register 2026");
        assertThat(cell(table, "Ground (UU KIP Pasal 35(1))")).isEqualTo("e. Request not fulfilled");
        assertThat(cell(table, "Atasan PPID")).isEqualTo("Dr. Atasan PPID");
        assertThat(cell(table, "Answer on time")).isEqualTo("Late");
        assertThat(cell(table, "Date of answer")).isEqualTo("8 June 2026");
        assertThat(cell(table, "Sengketa informasi")).isEqualTo("Komisi Informasi Provinsi Banten, filed 15 June 2026");
        assertThat(cell(table, "Latest sengketa stage")).isEqualTo("Mediation (22 June 2026)");
    }
}

package id.go.cilegon.sigap.webapp.report;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.cilegon.sigap.command.informationrequest.api.DeliveryMethod;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestId;
import id.go.cilegon.sigap.command.informationrequest.api.ObtainMethod;
import id.go.cilegon.sigap.command.informationrequest.api.RegisterInformationRequest;
import id.go.cilegon.sigap.command.informationrequest.api.RegistrationNumber;
import id.go.cilegon.sigap.command.informationrequest.api.Requester;
import id.go.cilegon.sigap.command.shared.api.Channel;
import id.go.cilegon.sigap.command.shared.api.personaldata.DataSubjectId;
import id.go.cilegon.sigap.command.shared.api.personaldata.PersonalData;
import id.go.cilegon.sigap.command.shared.calendar.WorkingDayCalendar;
import id.go.cilegon.sigap.webapp.security.OfficerAccounts;
import id.go.cilegon.sigap.webapp.security.OfficerRole;
import id.go.cilegon.sigap.webapp.shared.TrackingCode;
import id.go.cilegon.sigap.webapp.support.Http;
import id.go.cilegon.sigap.webapp.support.Pdfs;
import id.go.cilegon.sigap.webapp.support.SigapTest;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

/**
 * The yearly report over real HTTP: an officer's page whose numbers open the cases behind them, the PDF and XLSX
 * with the same figures, and the public statistics as counts only, without personal data.
 */
@SigapTest
class AnnualReportPagesTest {

    private static final String PASSWORD = "rahasia-laporan-1";

    @LocalServerPort
    int port;

    @Autowired
    CommandGateway commands;

    @Autowired
    OfficerAccounts accounts;

    @Autowired
    Clock clock;

    @Autowired
    WorkingDayCalendar calendar;

    @Test
    void a_supervisor_traces_a_number_to_its_cases_and_downloads_the_pdf_and_xlsx_while_the_public_sees_counts()
            throws Exception {
        int year = Year.now(clock.withZone(calendar.zone())).getValue();
        RegistrationNumber number = commands.sendAndWait(new RegisterInformationRequest(InformationRequestId.newId(),
                Channel.WEB, Instant.now(), PersonalData.of(DataSubjectId.newId(), new Requester("Laporan Uji Nama",
                        Requester.IdentityKind.NIK, "3672010101900099", "Jl. Laporan 1", "081299990000", null,
                        "Peneliti")), "Data anggaran kebersihan per kecamatan", "Penelitian",
                ObtainMethod.SALINAN_SOFTCOPY, DeliveryMethod.EMAIL, TrackingCode.generate().hash()));
        accounts.save("laporan-supervisor", "Supervisor laporan", PASSWORD, List.of(OfficerRole.SUPERVISOR));
        Http supervisor = new Http(port);
        supervisor.logIn("laporan-supervisor", PASSWORD);

        String list = awaitCase(supervisor, "/petugas/laporan/kasus?tahun=" + year + "&angka=permohonan.jumlah",
                number.value());
        assertThat(list).contains("href=\"/petugas/permohonan/");
        String page = supervisor.page("/petugas/laporan?tahun=" + year).getResponseBody();
        assertThat(page).contains("Laporan Layanan Informasi Publik " + year, "angka-permohonan.jumlah",
                "/petugas/laporan/kasus?tahun=" + year + "&amp;angka=permohonan.jumlah");

        EntityExchangeResult<byte[]> pdfResult = download(supervisor, "/petugas/laporan.pdf?tahun=" + year);
        assertThat(Pdfs.textOf(pdfResult.getResponseBody())).contains("LAPORAN LAYANAN INFORMASI PUBLIK TAHUN " + year,
                "Jumlah permohonan", "Pemberitahuan tertulis tepat waktu", "Pengaduan masyarakat");

        EntityExchangeResult<byte[]> xlsx = download(supervisor, "/petugas/laporan.xlsx?tahun=" + year);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.getResponseBody()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            Row total = rows.stream().filter(row -> "Jumlah permohonan".equals(row.getCellText(1))).findFirst()
                    .orElseThrow();
            assertThat(Integer.parseInt(total.getCellText(2))).isGreaterThanOrEqualTo(1);
            assertThat(total.getCellText(3)).contains(number.value());
        }

        Http citizen = new Http(port);
        String statistics = citizen.page("/statistik?tahun=" + year).getResponseBody();
        assertThat(statistics).contains("Statistik Layanan Informasi Publik " + year, "angka-permohonan.jumlah")
                .doesNotContain("/petugas/laporan/kasus").doesNotContain(number.value())
                .doesNotContain("Laporan Uji Nama");
        String json = citizen.client().get().uri("/api/v1/statistik?tahun=" + year).exchange()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(json).contains("\"tahun\":" + year, "\"kunci\":\"permohonan.jumlah\"")
                .doesNotContain(number.value());
        int semester = java.time.LocalDate.now(calendar.zone()).getMonthValue() <= 6 ? 1 : 2;
        assertThat(citizen.page("/statistik?tahun=" + year + "&semester=" + semester).getResponseBody())
                .contains("Semester " + (semester == 1 ? "I " : "II ") + "Tahun " + year);
        assertThat(citizen.client().get().uri("/api/v1/statistik?tahun=" + year + "&semester=" + semester).exchange()
                .expectBody(String.class).returnResult().getResponseBody()).contains("\"semester\":" + semester)
                .containsPattern("\"kunci\":\"permohonan.jumlah\",\"uraian\":\"[^\"]+\",\"nilai\":\"[1-9]");
        assertThat(citizen.page("/petugas/laporan?tahun=" + year).getResponseHeaders().getLocation())
                .as("the officer's report needs a login").hasToString("/masuk");
    }

    /** The statistics are kept between reads (ADR 0028), but never past a change to the cases they count. */
    @Test
    void the_public_statistics_count_each_new_request_as_soon_as_it_is_registered() {
        int year = Year.now(clock.withZone(calendar.zone())).getValue();
        Http citizen = new Http(port);
        long before = requestsCounted(citizen, year);
        assertThat(requestsCounted(citizen, year)).as("read again, unchanged").isEqualTo(before);

        commands.sendAndWait(new RegisterInformationRequest(InformationRequestId.newId(), Channel.WEB, Instant.now(),
                PersonalData.of(DataSubjectId.newId(), new Requester("Statistik Uji", Requester.IdentityKind.NIK,
                        "3672010101900098", "Jl. Statistik 2", "081299990001", null, "Mahasiswa")),
                "Jumlah penerima beasiswa per kelurahan", "Tugas akhir", ObtainMethod.SALINAN_SOFTCOPY,
                DeliveryMethod.EMAIL, TrackingCode.generate().hash()));

        Instant giveUp = Instant.now().plus(Duration.ofSeconds(10));
        long after;
        do {
            after = requestsCounted(citizen, year);
        } while (after == before && Instant.now().isBefore(giveUp));
        assertThat(after).isEqualTo(before + 1);
    }

    private static long requestsCounted(Http citizen, int year) {
        String json = citizen.client().get().uri("/api/v1/statistik?tahun=" + year).exchange()
                .expectBody(String.class).returnResult().getResponseBody();
        Matcher figure = Pattern.compile("\"kunci\":\"permohonan\\.jumlah\",\"uraian\":\"[^\"]*\",\"nilai\":\"(\\d+)\"")
                .matcher(json);
        assertThat(figure.find()).as(json).isTrue();
        return Long.parseLong(figure.group(1));
    }

    private static EntityExchangeResult<byte[]> download(Http officer, String path) {
        EntityExchangeResult<byte[]> result = officer.download(path);
        assertThat(result.getStatus().value()).isEqualTo(200);
        return result;
    }

    /** The case list once the register shows the request (its projection trails the command by moments). */
    private static String awaitCase(Http officer, String path, String number) {
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(10));
        String body;
        do {
            body = officer.page(path).getResponseBody();
        } while (!body.contains(number) && Instant.now().isBefore(giveUp));
        assertThat(body).contains(number);
        return body;
    }
}

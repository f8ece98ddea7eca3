package id.go.cilegon.sigap.webapp.report;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.cilegon.sigap.command.shared.calendar.WorkingDayCalendar;
import id.go.cilegon.sigap.webapp.security.OfficerAccounts;
import id.go.cilegon.sigap.webapp.security.OfficerRole;
import id.go.cilegon.sigap.webapp.support.Http;
import id.go.cilegon.sigap.webapp.support.SigapTest;
import id.go.cilegon.sigap.webapp.unit.Units;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The monthly compliance page and the JSON it refreshes itself from, over real HTTP. */
@SigapTest
class CompliancePageTest {

    private static final String PASSWORD = "rahasia-kepatuhan-1";

    @LocalServerPort
    int port;

    @Autowired
    OfficerAccounts accounts;

    @Autowired
    Units units;

    @Autowired
    Clock clock;

    @Autowired
    WorkingDayCalendar calendar;

    @Test
    void a_supervisor_reads_twelve_months_as_a_table_a_chart_and_json() {
        accounts.save("kepatuhan-supervisor", "Supervisor", PASSWORD, List.of(OfficerRole.SUPERVISOR));
        units.save(new Units.Unit("SETDA", "Sekretariat Daerah", true));
        Http supervisor = new Http(port);
        supervisor.logIn("kepatuhan-supervisor", PASSWORD);
        int year = LocalDate.now(clock.withZone(calendar.zone())).getYear();

        String page = supervisor.page("/petugas/kepatuhan?tahun=" + year).getResponseBody();
        assertThat(page).contains("Kepatuhan KIP " + year, "id=\"bulan-1\"", "id=\"bulan-12\"", "id=\"batang-6\"",
                "data-sumber=\"/petugas/kepatuhan.json?tahun=" + year + "\"", "/js/kepatuhan.js");

        String json = supervisor.getJson("/petugas/kepatuhan.json?tahun=" + year).getResponseBody();
        assertThat(json).startsWith("[{\"month\":1,").contains("{\"month\":12,", "\"onTimePercent\"",
                "\"averageRating\"");
        String complaints = supervisor.page("/petugas/kepatuhan?tahun=" + year + "&jenis=PENGADUAN&unit=SETDA")
                .getResponseBody();
        assertThat(complaints).contains("data-sumber=\"/petugas/kepatuhan.json?tahun=" + year
                        + "&amp;jenis=PENGADUAN&amp;unit=SETDA\"", "data-kolom=\"answerMedianDays\"")
                .doesNotContain("id=\"grafik\"", "data-kolom=\"onTimePercent\"");
        assertThat(supervisor.getJson("/petugas/kepatuhan.json?tahun=" + year + "&jenis=PENGADUAN")
                .getResponseBody()).contains("\"requests\":0,").doesNotContain("\"requests\":1");
        assertThat(supervisor.page("/petugas/kepatuhan?tahun=" + year + "&jenis=ISU_MEDIA").getResponseBody())
                .contains("data-kolom=\"mediaOnTimePercent\"", "data-kolom=\"mediaMedianDays\"")
                .doesNotContain("id=\"grafik\"", "data-kolom=\"complaints\"");
        assertThat(json).contains("\"mediaIssues\"", "\"mediaOnTimePercent\"");
        assertThat(supervisor.page("/petugas/kepatuhan?jenis=SEMUA").getStatus().value()).isEqualTo(400);
        assertThat(supervisor.page("/petugas/kepatuhan?unit=%3Cscript%3E").getStatus().value()).isEqualTo(400);
        assertThat(new Http(port).page("/petugas/kepatuhan").getResponseHeaders().getLocation())
                .hasToString("/masuk");
    }
}

package id.go.cilegon.sigap.webapp.informationlist;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.cilegon.sigap.command.complaint.api.ComplaintPolicy;
import id.go.cilegon.sigap.webapp.support.Http;
import id.go.cilegon.sigap.webapp.support.SigapTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The service charter announces the periods Sigap's clocks run, in Bahasa Indonesia and in English. */
@SigapTest
class ServiceCharterPageTest {

    @LocalServerPort
    int port;

    @Autowired
    ComplaintPolicy complaints;

    @Test
    void the_charter_states_the_laws_periods_and_this_installations_complaint_clocks() {
        Http citizen = new Http(port);

        String charter = citizen.page("/maklumat-pelayanan").getResponseBody();

        assertThat(charter).contains("Maklumat Pelayanan Informasi Publik", "menyatakan sanggup",
                "paling lambat 10 hari kerja", "tambahan 7 hari kerja, satu kali",
                "Undang-Undang Nomor 14 Tahun 2008", "tidak dipungut biaya");
        assertThat(charter).contains("<td>Verifikasi pengaduan</td><td>"
                + complaints.verificationWorkingDays() + " hari kerja</td>");
        assertThat(charter).contains("<td>Tindak lanjut pertama oleh perangkat daerah yang menangani</td><td>"
                + complaints.defaultFollowUpWorkingDays() + " hari kerja</td>");
        assertThat(citizen.page("/maklumat-pelayanan?lang=en").getResponseBody())
                .contains("service charter", "within 10 working days", "30 working days");
    }
}

package id.go.cilegon.sigap.webapp.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The at-risk prediction at this year's pace, and where an action on the page leads back to. */
class SupervisionPageTest {

    @Test
    void a_notice_is_at_risk_when_the_usual_remaining_work_exceeds_the_days_left() {
        assertThat(SupervisionPage.atRisk(6, 2, 3)).as("4 hari kerja of work, 3 left").isTrue();
        assertThat(SupervisionPage.atRisk(6, 2, 4)).as("4 of work, 4 left").isFalse();
        assertThat(SupervisionPage.atRisk(6, 8, 1)).as("already past the usual pace").isFalse();
        assertThat(SupervisionPage.atRisk(6, 0, -1)).as("overdue is late, not at risk").isFalse();
    }

    @Test
    void an_action_leads_back_to_the_same_view_of_the_page_and_nowhere_else() {
        assertThat(SupervisionPages.back("jenis=PERMOHONAN&tingkat=OVERDUE&halaman=2&berhasil=eskalasi", "tugaskan"))
                .isEqualTo("/petugas/pengawasan?jenis=PERMOHONAN&tingkat=OVERDUE&halaman=2&berhasil=tugaskan");
        assertThat(SupervisionPages.back("petugas=dewi%20s&unit=%zz&lain=https://contoh.example", "eskalasi"))
                .isEqualTo("/petugas/pengawasan?petugas=dewi%20s&berhasil=eskalasi");
        assertThat(SupervisionPages.back(null, "tugaskan")).isEqualTo("/petugas/pengawasan?berhasil=tugaskan");
        assertThat(SupervisionPages.back("//contoh.example/?jenis=ISU_MEDIA", "tugaskan"))
                .startsWith("/petugas/pengawasan?");
    }
}

package id.go.cilegon.sigap.webapp.informationlist;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.cilegon.sigap.command.informationlist.api.InformationCategory;
import id.go.cilegon.sigap.command.informationlist.api.InformationDescription;
import id.go.cilegon.sigap.command.informationlist.api.InformationForm;
import id.go.cilegon.sigap.command.informationlist.api.ListedInformationStatus;
import id.go.cilegon.sigap.command.shared.api.UnitId;
import id.go.cilegon.sigap.query.informationlist.api.ListedInformationEntry;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When periodic information is due to be published anew (UU KIP Pasal 9: at least every six months). */
class InformationListViewTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2026, 1, 5);

    private static ListedInformationEntry entry(InformationCategory category, ListedInformationStatus status) {
        return new ListedInformationEntry("i-1", "INF/2026/000001", status, new InformationDescription("Renja",
                "Rencana kerja", category, UnitId.of("DKISS"), "Sekretaris", "Cilegon",
                List.of(InformationForm.SOFTCOPY), "5 tahun", null), Instant.EPOCH, null, false, List.of(), 0);
    }

    @Test
    void open_periodic_information_is_due_six_months_after_its_last_edition() {
        ListedInformationEntry periodic = entry(InformationCategory.BERKALA, ListedInformationStatus.TERBUKA);

        assertThat(InformationListView.refreshDue(periodic, PUBLISHED, LocalDate.of(2026, 7, 4))).isFalse();
        assertThat(InformationListView.refreshDue(periodic, PUBLISHED, LocalDate.of(2026, 7, 5))).isTrue();
    }

    @Test
    void information_available_on_request_or_exempt_is_never_due() {
        LocalDate late = LocalDate.of(2027, 6, 1);

        assertThat(InformationListView.refreshDue(entry(InformationCategory.SETIAP_SAAT,
                ListedInformationStatus.TERBUKA), PUBLISHED, late)).isFalse();
        assertThat(InformationListView.refreshDue(entry(InformationCategory.BERKALA,
                ListedInformationStatus.DIKECUALIKAN), PUBLISHED, late)).isFalse();
    }
}

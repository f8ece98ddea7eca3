package id.go.cilegon.sigap.webapp.informationlist;

import id.go.cilegon.sigap.command.informationlist.api.InformationListRules;
import id.go.cilegon.sigap.command.informationlist.api.ListedInformationId;
import id.go.cilegon.sigap.command.informationlist.api.ListedInformationStatus;
import id.go.cilegon.sigap.command.informationlist.api.RecordExemptionEnded;
import id.go.cilegon.sigap.command.informationlist.api.RecordExemptionReviewDue;
import id.go.cilegon.sigap.query.informationlist.api.ListListedInformation;
import id.go.cilegon.sigap.query.informationlist.api.ListedInformationEntry;
import id.go.cilegon.sigap.webapp.shared.Watches;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Watches the exemptions in force: one that ends within {@link InformationListRules#REVIEW_LEAD} is recorded as due
 * for a new consequence test (and so reaches the PPID's and the Atasan's notifications), and one whose period ran out
 * is recorded as ended, which opens the information (UU KIP Pasal 20). Every node may run it: the aggregate records
 * each of them once and answers a repeated report with no event.
 */
@Component
class ExemptionWatch {

    private final Watches watches;

    ExemptionWatch(Watches watches) {
        this.watches = watches;
    }

    /** @return how many exemptions were acted on */
    @Scheduled(fixedDelayString = "${sigap.deadlines.check-interval:PT1M}",
            initialDelayString = "${sigap.deadlines.check-interval:PT1M}")
    int actOnEndingExemptions() {
        LocalDate today = watches.today();
        List<ListedInformationEntry> due = watches.ask(ListListedInformation.of(ListedInformationStatus.DIKECUALIKAN),
                        ResponseTypes.multipleInstancesOf(ListedInformationEntry.class)).stream()
                .filter(entry -> !today.isBefore(reviewFrom(entry)) && !entry.reviewDue()
                        || !today.isBefore(entry.exemption().endsOn()))
                .toList();
        return watches.report(due, entry -> today.isBefore(entry.exemption().endsOn())
                ? new RecordExemptionReviewDue(ListedInformationId.of(entry.id()))
                : new RecordExemptionEnded(ListedInformationId.of(entry.id())), ListedInformationEntry::number);
    }

    private static LocalDate reviewFrom(ListedInformationEntry entry) {
        return entry.exemption().endsOn().minus(InformationListRules.REVIEW_LEAD);
    }
}

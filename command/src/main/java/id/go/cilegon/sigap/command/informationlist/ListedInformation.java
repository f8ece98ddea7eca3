package id.go.cilegon.sigap.command.informationlist;

import static id.go.cilegon.sigap.command.informationlist.api.InformationListRules.ALREADY_ENDED;
import static id.go.cilegon.sigap.command.informationlist.api.InformationListRules.DECIDED_IN_FUTURE;
import static id.go.cilegon.sigap.command.informationlist.api.InformationListRules.INCOMPLETE_TEST;
import static id.go.cilegon.sigap.command.informationlist.api.InformationListRules.NOT_DUE;
import static id.go.cilegon.sigap.command.informationlist.api.InformationListRules.NOT_EXEMPT;
import static id.go.cilegon.sigap.command.informationlist.api.InformationListRules.REVIEW_LEAD;
import static id.go.cilegon.sigap.command.informationlist.api.InformationListRules.WITHDRAWN;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import id.go.cilegon.sigap.command.informationlist.api.Exemption;
import id.go.cilegon.sigap.command.informationlist.api.ExemptInformation;
import id.go.cilegon.sigap.command.informationlist.api.ExemptionEnded;
import id.go.cilegon.sigap.command.informationlist.api.ExemptionLifted;
import id.go.cilegon.sigap.command.informationlist.api.ExemptionReviewDue;
import id.go.cilegon.sigap.command.informationlist.api.InformationDescription;
import id.go.cilegon.sigap.command.informationlist.api.InformationExempted;
import id.go.cilegon.sigap.command.informationlist.api.InformationListed;
import id.go.cilegon.sigap.command.informationlist.api.LiftExemption;
import id.go.cilegon.sigap.command.informationlist.api.ListInformation;
import id.go.cilegon.sigap.command.informationlist.api.ListedInformationId;
import id.go.cilegon.sigap.command.informationlist.api.ListedInformationNumber;
import id.go.cilegon.sigap.command.informationlist.api.ListedInformationStatus;
import id.go.cilegon.sigap.command.informationlist.api.ListedInformationUpdated;
import id.go.cilegon.sigap.command.informationlist.api.ListedInformationWithdrawn;
import id.go.cilegon.sigap.command.informationlist.api.RecordExemptionEnded;
import id.go.cilegon.sigap.command.informationlist.api.RecordExemptionReviewDue;
import id.go.cilegon.sigap.command.informationlist.api.UpdateListedInformation;
import id.go.cilegon.sigap.command.informationlist.api.WithdrawListedInformation;
import id.go.cilegon.sigap.command.shared.api.RuleViolation;
import id.go.cilegon.sigap.command.shared.calendar.WorkingDayCalendar;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One piece of information the PPID keeps in its lists (Perki 1/2021: <i>penetapan dan pemutakhiran Daftar
 * Informasi Publik</i>, <i>pengujian konsekuensi</i>). It enters the Daftar Informasi Publik and is updated there;
 * after a consequence test the PPID's decision moves it to the Daftar Informasi yang Dikecualikan for the test's
 * period (UU KIP Pasal 17, 19, 20). The exemption watch records a reminder {@code InformationListRules.REVIEW_LEAD}
 * before the period ends and the end itself, which opens the information again; a new test before then renews the
 * exemption, and the PPID may lift it early. Information the body no longer holds is withdrawn from both lists.
 *
 * <p>Fields are visible to Jackson, as in the other aggregates, should a snapshot ever be written.
 */
@Aggregate
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
public class ListedInformation {

    @AggregateIdentifier
    private ListedInformationId listedInformationId;
    private ListedInformationNumber number;
    private ListedInformationStatus status;
    private InformationDescription description;
    private Exemption exemption;
    private boolean reviewDueRecorded;

    protected ListedInformation() {
        // Axon rebuilds the aggregate from an empty instance and its events.
    }

    ListedInformation(ListInformation command, ListedInformationNumber number, Instant now) {
        apply(new InformationListed(command.listedInformationId(), number, command.description().stripped(),
                command.listedBy(), now));
    }

    @CommandHandler
    void handle(UpdateListedInformation command, Clock clock) {
        requireHeld();
        InformationDescription updated = command.description().stripped();
        if (command.refreshed() || !updated.equals(description)) {
            apply(new ListedInformationUpdated(listedInformationId, updated, command.refreshed(), command.updatedBy(),
                    clock.instant()));
        }
    }

    @CommandHandler
    void handle(ExemptInformation command, Clock clock, WorkingDayCalendar calendar) {
        requireHeld();
        Exemption decided = command.exemption();
        if (!decided.test().coversEveryElement()) {
            throw new RuleViolation(INCOMPLETE_TEST, "The consequence test of " + number
                    + " lacks documents, the law relied on, its analysis or the exemption period");
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), calendar.zone());
        if (decided.decidedOn().isAfter(today)) {
            throw new RuleViolation(DECIDED_IN_FUTURE, "The decision on " + number + " is dated after today");
        }
        if (!decided.endsOn().isAfter(today)) {
            throw new RuleViolation(ALREADY_ENDED, "The exemption of " + number + " would have ended on "
                    + decided.endsOn());
        }
        apply(new InformationExempted(listedInformationId, new Exemption(decided.grounds(), decided.test(),
                blankToNull(decided.decisionNumber()), decided.decidedOn()),
                status == ListedInformationStatus.DIKECUALIKAN, command.recordedBy(), clock.instant()));
    }

    @CommandHandler
    void handle(LiftExemption command, Clock clock) {
        requireExempt();
        apply(new ExemptionLifted(listedInformationId, command.reason().strip(), command.liftedBy(),
                clock.instant()));
    }

    @CommandHandler
    void handle(RecordExemptionReviewDue command, Clock clock, WorkingDayCalendar calendar) {
        if (status != ListedInformationStatus.DIKECUALIKAN || reviewDueRecorded) {
            return;
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), calendar.zone());
        if (today.isBefore(exemption.endsOn().minus(REVIEW_LEAD))) {
            throw new RuleViolation(NOT_DUE, "The review of " + number + " is not due before "
                    + exemption.endsOn().minus(REVIEW_LEAD));
        }
        apply(new ExemptionReviewDue(listedInformationId, exemption.endsOn(), clock.instant()));
    }

    @CommandHandler
    void handle(RecordExemptionEnded command, Clock clock, WorkingDayCalendar calendar) {
        if (status != ListedInformationStatus.DIKECUALIKAN) {
            return;
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), calendar.zone());
        if (today.isBefore(exemption.endsOn())) {
            throw new RuleViolation(NOT_DUE, "The exemption of " + number + " runs until " + exemption.endsOn());
        }
        apply(new ExemptionEnded(listedInformationId, exemption.endsOn(), clock.instant()));
    }

    @CommandHandler
    void handle(WithdrawListedInformation command, Clock clock) {
        requireHeld();
        apply(new ListedInformationWithdrawn(listedInformationId, command.reason().strip(), command.withdrawnBy(),
                clock.instant()));
    }

    private void requireHeld() {
        if (status.isFinal()) {
            throw new RuleViolation(WITHDRAWN, number + " was withdrawn from the lists");
        }
    }

    private void requireExempt() {
        requireHeld();
        if (status != ListedInformationStatus.DIKECUALIKAN) {
            throw new RuleViolation(NOT_EXEMPT, number + " is not exempt");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    // ------------------------------------------------------------------------------------------------- state

    @EventSourcingHandler
    void on(InformationListed event) {
        listedInformationId = event.listedInformationId();
        number = event.number();
        description = event.description();
        status = ListedInformationStatus.TERBUKA;
    }

    @EventSourcingHandler
    void on(ListedInformationUpdated event) {
        description = event.description();
    }

    @EventSourcingHandler
    void on(InformationExempted event) {
        status = ListedInformationStatus.DIKECUALIKAN;
        exemption = event.exemption();
        reviewDueRecorded = false;
    }

    @EventSourcingHandler
    void on(ExemptionReviewDue event) {
        reviewDueRecorded = true;
    }

    @EventSourcingHandler
    void on(ExemptionLifted event) {
        open();
    }

    @EventSourcingHandler
    void on(ExemptionEnded event) {
        open();
    }

    @EventSourcingHandler
    void on(ListedInformationWithdrawn event) {
        status = ListedInformationStatus.DITARIK;
    }

    private void open() {
        status = ListedInformationStatus.TERBUKA;
        exemption = null;
        reviewDueRecorded = false;
    }
}

package id.go.cilegon.sigap.webapp.informationrequest;

import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestRules;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestStatus;
import id.go.cilegon.sigap.command.shared.calendar.WorkingDayCalendar;
import id.go.cilegon.sigap.query.informationrequest.api.CaseFile;
import id.go.cilegon.sigap.webapp.security.Officer;
import id.go.cilegon.sigap.webapp.security.OfficerRole;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Which actions the case page offers an officer: those of their role that the case's state allows today. It reads
 * the state the way the aggregate's rules do (ADR 0006), so a form is not offered that would only be refused; the
 * aggregate still decides, and a page that went stale is refused with the rule's text.
 */
@Component
class OfficerCaseActions {

    private final WorkingDayCalendar calendar;
    private final Clock clock;
    private final CitizenCase citizenCase;

    OfficerCaseActions(WorkingDayCalendar calendar, Clock clock, CitizenCase citizenCase) {
        this.calendar = calendar;
        this.clock = clock;
        this.citizenCase = citizenCase;
    }

    /** Whether the officer may open the case at all: a PPID Pelaksana sees only what was forwarded to their unit. */
    static boolean mayOpen(CaseFile file, Officer officer) {
        if (officer.has(OfficerRole.PETUGAS_PPID) || officer.has(OfficerRole.ATASAN_PPID)
                || officer.has(OfficerRole.SUPERVISOR)) {
            return true;
        }
        return officer.has(OfficerRole.PPID_PELAKSANA) && officer.unit() != null
                && officer.unit().equals(file.forwardedTo());
    }

    Set<CaseAction> offered(CaseFile file, Officer officer) {
        Set<CaseAction> offered = EnumSet.noneOf(CaseAction.class);
        if (!mayOpen(file, officer)) {
            return offered;
        }
        for (CaseAction action : CaseAction.values()) {
            if (officer.has(action.role()) && allowed(action, file, officer)) {
                offered.add(action);
            }
        }
        return offered;
    }

    private boolean allowed(CaseAction action, CaseFile file, Officer officer) {
        InformationRequestStatus status = file.status();
        boolean withdrawn = status == InformationRequestStatus.DIBATALKAN;
        boolean undecided = !withdrawn && file.notice() == null;
        boolean answered = file.clarification() == null;
        LocalDate today = LocalDate.ofInstant(clock.instant(), calendar.zone());
        boolean beforeDue = !today.isAfter(file.noticeDeadline().dueDate());
        CaseFile.ObjectionFile objection = file.objection();
        boolean objectionOpen = objection != null && objection.open();
        return switch (action) {
            case MINTA_KELENGKAPAN -> undecided && answered && !file.extended() && beforeDue;
            case CATAT_KELENGKAPAN -> !withdrawn && !answered;
            case TERUSKAN -> undecided && answered;
            case TANGGAPAN_UNIT -> undecided && officer.unit() != null && officer.unit().equals(file.forwardedTo());
            case PERPANJANG -> undecided && answered && !file.extended() && beforeDue;
            case PEMBERITAHUAN -> undecided && answered;
            case PENYERAHAN -> !withdrawn && file.deliveryOwed();
            case DOKUMEN -> !withdrawn && file.notice() != null && file.notice().decision().grantsInformation()
                    && file.documents().size() < InformationRequestRules.MAX_RELEASED_DOCUMENTS;
            case TARIK_DOKUMEN -> !file.documents().isEmpty();
            case SELESAI -> !withdrawn && status != InformationRequestStatus.SELESAI && file.notice() != null
                    && !file.deliveryOwed() && !objectionOpen && !disputeInProgress(file);
            case PEMBATALAN -> !withdrawn && status != InformationRequestStatus.SELESAI && objection == null;
            case KEBERATAN -> !citizenCase.openGrounds(file).isEmpty();
            case TANGGAPAN_ATASAN -> objectionOpen;
            case SENGKETA -> objection != null && file.dispute() == null
                    && (!objectionOpen || objection.answerDeadlineMissed());
            case TAHAP_SENGKETA -> disputeInProgress(file);
        };
    }

    private static boolean disputeInProgress(CaseFile file) {
        return file.dispute() != null && file.dispute().currentStage() != null
                && !file.dispute().currentStage().isFinal();
    }
}

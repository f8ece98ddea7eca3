package id.go.cilegon.sigap.webapp.informationrequest;

import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestStatus;
import id.go.cilegon.sigap.command.shared.api.calendar.Deadline;
import id.go.cilegon.sigap.command.shared.calendar.WorkingDayCalendar;
import id.go.cilegon.sigap.query.informationrequest.api.CaseFile;
import id.go.cilegon.sigap.query.informationrequest.api.CaseFile.DisputeFile;
import id.go.cilegon.sigap.query.informationrequest.api.CaseFile.ObjectionFile;
import id.go.cilegon.sigap.query.informationrequest.api.TimelineEntry;
import id.go.cilegon.sigap.webapp.informationrequest.CitizenCaseView.Happening;
import id.go.cilegon.sigap.webapp.shared.documents.Chronologies.Counting;
import id.go.cilegon.sigap.webapp.shared.documents.Chronologies.Event;
import id.go.cilegon.sigap.webapp.shared.documents.Chronologies.Period;
import id.go.cilegon.sigap.webapp.shared.documents.Chronologies.Verdict;
import id.go.cilegon.sigap.webapp.shared.documents.DocumentFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A request's chronology as the PPID hands it to the Komisi Informasi in a sengketa, or to an auditor: the case's
 * particulars, each UU KIP period with the hari kerja it ran and whether it was kept (periods {@code NOTICE},
 * {@code OBJECTION_ANSWER}, {@code DISPUTE}), and every recorded event in order with the hari kerja since the
 * request was received and who acted. It is an official document, so its words are Bahasa Indonesia.
 *
 * @param effectiveReceipt the day the hari kerja are counted from: the day of receipt, or the next working day
 * @param requesterName    {@code null} once the requester's personal data was erased
 * @param proxyName        the kuasa, or {@code null}
 * @param files            the files the requester can download now, with when they were released
 * @param printedBy        the display name of the officer who prints it
 */
record CaseChronology(
        CaseFile file,
        String receivedOn,
        String receivedTime,
        String effectiveReceipt,
        String requesterName,
        String proxyName,
        List<Period> periods,
        List<Event> events,
        List<File> files,
        String printedOn,
        String printedTime,
        String printedBy) {

    /**
     * Puts the chronology together.
     *
     * @param timeline   every recorded event of the request, the internal ones included, oldest first
     * @param happenings the same events in the PPID's words, one for each
     * @param officers   the display names of the officers who acted, by user name
     */
    static CaseChronology of(CaseFile file, List<TimelineEntry> timeline, List<Happening> happenings,
            Map<String, String> officers, String printedBy, Instant printedAt, WorkingDayCalendar calendar) {
        Counting counting = Counting.on(calendar, printedAt);
        DocumentFormat format = counting.format();
        LocalDate effective = calendar.effectiveReceiptDate(file.receivedAt());
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < timeline.size(); i++) {
            TimelineEntry entry = timeline.get(i);
            Happening happening = happenings.get(i);
            String officer = entry.actor() == null ? null : officers.getOrDefault(entry.actor(), entry.actor());
            events.add(new Event(i + 1, format.date(entry.at()), format.time(entry.at()),
                    counting.since(effective, counting.day(entry.at())), happening.text(),
                    happening.quote(), officer, entry.channel() == null ? null : entry.channel().name(),
                    !entry.visibleToRequester()));
        }
        List<File> files = file.documents().stream().map(document -> {
            Instant released = timeline.stream().filter(entry -> "DocumentReleased".equals(entry.event())
                            && document.documentId().equals(entry.details().get("documentId")))
                    .map(TimelineEntry::at).reduce((first, later) -> later).orElse(null);
            return new File(document.fileName(), CitizenCase.size(document.size(), DocumentFormat.INDONESIAN),
                    document.sha256(), released == null ? null : format.date(released) + ", " + format.time(released));
        }).toList();
        return new CaseChronology(file, format.date(file.receivedAt()), format.time(file.receivedAt()),
                format.date(effective), file.requester() == null ? null : file.requester().name(),
                file.proxy() == null ? null : file.proxy().name(), periods(file, counting), List.copyOf(events), files,
                format.date(printedAt), format.time(printedAt), printedBy);
    }

    /**
     * A file of the granted information the requester can download, as evidence of what was given.
     *
     * @param sha256   its content's SHA-256, which the stored file and a copy the requester kept can be checked by
     * @param released when it was released, on the office's clock
     */
    record File(String name, String size, String sha256, String released) {
    }

    private static List<Period> periods(CaseFile file, Counting counting) {
        List<Period> periods = new ArrayList<>();
        Period notice = counting.period("NOTICE", null, file.noticeDeadline(), file.noticeSentAt(),
                file.noticeLate(), file.noticeDeadlineMissed());
        if (file.noticeSentAt() == null && file.status() == InformationRequestStatus.DIBATALKAN) {
            notice = notice.halted(Verdict.WITHDRAWN);
        } else if (file.noticeSentAt() == null && file.clarification() != null) {
            notice = notice.halted(Verdict.AWAITING_CLARIFICATION);
        }
        periods.add(notice);
        ObjectionFile objection = file.objection();
        if (objection != null) {
            periods.add(counting.period("OBJECTION_ANSWER", objection.number().value(),
                    objection.answerDeadline(), objection.answeredAt(), objection.answeredLate(),
                    objection.answerDeadlineMissed()));
            Deadline window = objection.disputeWindow();
            if (window != null) {
                DisputeFile dispute = file.dispute();
                LocalDate filedOn = dispute == null ? null : dispute.filedOn();
                periods.add(counting.period("DISPUTE", null, window, filedOn, counting.format().date(filedOn),
                        filedOn != null && filedOn.isAfter(window.dueDate()), false));
            }
        }
        return List.copyOf(periods);
    }
}

package id.go.cilegon.sigap.webapp.informationrequest;

import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestStatus;
import id.go.cilegon.sigap.command.shared.api.calendar.Deadline;
import id.go.cilegon.sigap.command.shared.calendar.WorkingDayCalendar;
import id.go.cilegon.sigap.query.informationrequest.api.CaseFile;
import id.go.cilegon.sigap.query.informationrequest.api.CaseFile.DisputeFile;
import id.go.cilegon.sigap.query.informationrequest.api.CaseFile.ObjectionFile;
import id.go.cilegon.sigap.query.informationrequest.api.TimelineEntry;
import id.go.cilegon.sigap.webapp.informationrequest.CitizenCaseView.Happening;
import id.go.cilegon.sigap.webapp.shared.documents.DocumentFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A request's chronology as the PPID hands it to the Komisi Informasi in a sengketa, or to an auditor: the case's
 * particulars, each statutory clock with the hari kerja it ran and whether it was kept, and every recorded event in
 * order with the hari kerja since the request was received and who acted. It is an official document, so its
 * words are Bahasa Indonesia; the template words the clocks' verdicts from {@link Clock.Verdict}.
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
        List<Clock> clocks,
        List<Step> steps,
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
        DocumentFormat format = new DocumentFormat(calendar.zone());
        Counting counting = new Counting(calendar, LocalDate.ofInstant(printedAt, calendar.zone()), format);
        LocalDate effective = calendar.effectiveReceiptDate(file.receivedAt());
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < timeline.size(); i++) {
            TimelineEntry entry = timeline.get(i);
            Happening happening = happenings.get(i);
            String officer = entry.actor() == null ? null : officers.getOrDefault(entry.actor(), entry.actor());
            steps.add(new Step(i + 1, format.date(entry.at()), format.time(entry.at()),
                    counting.since(effective, LocalDate.ofInstant(entry.at(), calendar.zone())), happening.text(),
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
                file.proxy() == null ? null : file.proxy().name(), clocks(file, counting), List.copyOf(steps), files,
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

    private static List<Clock> clocks(CaseFile file, Counting counting) {
        List<Clock> clocks = new ArrayList<>();
        Clock notice = counting.clock(Clock.Kind.NOTICE, null, file.noticeDeadline(), file.noticeSentAt(),
                file.noticeLate(), file.noticeDeadlineMissed());
        if (file.noticeSentAt() == null && file.status() == InformationRequestStatus.DIBATALKAN) {
            notice = notice.halted(Clock.Verdict.WITHDRAWN);
        } else if (file.noticeSentAt() == null && file.clarification() != null) {
            notice = notice.halted(Clock.Verdict.AWAITING_CLARIFICATION);
        }
        clocks.add(notice);
        ObjectionFile objection = file.objection();
        if (objection != null) {
            clocks.add(counting.clock(Clock.Kind.OBJECTION_ANSWER, objection.number().value(),
                    objection.answerDeadline(), objection.answeredAt(), objection.answeredLate(),
                    objection.answerDeadlineMissed()));
            Deadline window = objection.disputeWindow();
            if (window != null) {
                DisputeFile dispute = file.dispute();
                LocalDate filedOn = dispute == null ? null : dispute.filedOn();
                clocks.add(counting.clock(Clock.Kind.DISPUTE, null, window, filedOn, counting.format().date(filedOn),
                        filedOn != null && filedOn.isAfter(window.dueDate()), false));
            }
        }
        return List.copyOf(clocks);
    }

    /**
     * One statutory period: how long, from when, until when, when it was met and on which of its hari kerja.
     *
     * @param periodDays hari kerja in all, an extension included
     * @param extended   hari kerja added by an extension (UU KIP Pasal 22(8)), 0 when none
     * @param metOn      the date (and time, when one was recorded) it was met, or {@code null}
     * @param dayMet     on which of its hari kerja it was met, or {@code null}
     * @param daysLeft   hari kerja left today while it runs and is not met, else {@code null}
     * @param breachRecorded Sigap recorded the period's end without it being met as a breach of the law
     */
    record Clock(Kind kind, String objectionNumber, int periodDays, int extended, String startsOn, String dueOn,
            String metOn, Integer dayMet, Verdict verdict, Integer daysLeft, boolean breachRecorded) {

        enum Kind {
            /** The pemberitahuan tertulis, UU KIP Pasal 22(7) and (8). */
            NOTICE,
            /** The Atasan PPID's answer to a keberatan, Pasal 36(1). */
            OBJECTION_ANSWER,
            /** The requester's period to bring a sengketa to the Komisi Informasi, Pasal 37(2). */
            DISPUTE
        }

        /**
         * Met in time; met after the due date; still running; over without being met; waiting for the requester to
         * complete the request; the request was withdrawn before it was met.
         */
        enum Verdict { ON_TIME, LATE, RUNNING, LAPSED, AWAITING_CLARIFICATION, WITHDRAWN }

        /** The same period, stopped for a reason of the request's own rather than run out. */
        Clock halted(Verdict why) {
            return new Clock(kind, objectionNumber, periodDays, extended, startsOn, dueOn, metOn, dayMet, why, null,
                    breachRecorded);
        }
    }

    /**
     * One recorded event, in order.
     *
     * @param workingDay hari kerja since {@code effectiveReceipt}: 0 on that day and before it
     * @param officer    the display name of the officer who acted, or {@code null}
     * @param channel    how the requester's own act reached the PPID ({@code Channel} by name), or {@code null}
     * @param internal   not shown to the requester (a unit's input, an assignment)
     */
    record Step(int number, String date, String time, int workingDay, String text, String quote, String officer,
            String channel, boolean internal) {
    }

    /** Hari kerja arithmetic on the office's calendar, as of the day the chronology is printed. */
    private record Counting(WorkingDayCalendar calendar, LocalDate today, DocumentFormat format) {

        int since(LocalDate start, LocalDate day) {
            return day.isAfter(start) ? calendar.workingDaysUntil(start, day) : 0;
        }

        /** A period met at a recorded moment, or not (yet) met when {@code met} is {@code null}. */
        Clock clock(Clock.Kind kind, String objectionNumber, Deadline deadline, Instant met, boolean late,
                boolean breachRecorded) {
            LocalDate metDay = met == null ? null : LocalDate.ofInstant(met, calendar.zone());
            return clock(kind, objectionNumber, deadline, metDay,
                    met == null ? null : format.date(met) + ", " + format.time(met), late, breachRecorded);
        }

        Clock clock(Clock.Kind kind, String objectionNumber, Deadline deadline, LocalDate metDay, String metOn,
                boolean late, boolean breachRecorded) {
            LocalDate start = deadline.effectiveReceiptDate();
            int extended = deadline.extensions().stream().mapToInt(Deadline.Extension::workingDays).sum();
            Clock.Verdict verdict;
            Integer daysLeft = null;
            if (metDay != null) {
                verdict = late ? Clock.Verdict.LATE : Clock.Verdict.ON_TIME;
            } else if (breachRecorded || today.isAfter(deadline.dueDate())) {
                verdict = Clock.Verdict.LAPSED;
            } else {
                verdict = Clock.Verdict.RUNNING;
                daysLeft = calendar.workingDaysUntil(today, deadline.dueDate());
            }
            return new Clock(kind, objectionNumber, deadline.workingDays(), extended, format.date(start),
                    format.date(deadline.dueDate()), metOn, metDay == null ? null : since(start, metDay), verdict,
                    daysLeft, breachRecorded);
        }
    }
}

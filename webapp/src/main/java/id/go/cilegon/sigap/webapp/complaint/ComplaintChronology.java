package id.go.cilegon.sigap.webapp.complaint;

import id.go.cilegon.sigap.command.shared.calendar.WorkingDayCalendar;
import id.go.cilegon.sigap.query.complaint.api.ComplaintFile;
import id.go.cilegon.sigap.query.complaint.api.ComplaintFile.Disposition;
import id.go.cilegon.sigap.query.complaint.api.ComplaintFile.DispositionState;
import id.go.cilegon.sigap.query.complaint.api.TimelineEntry;
import id.go.cilegon.sigap.webapp.complaint.ComplaintWords.Line;
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
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A complaint's chronology as the city hands it to the Ombudsman, LAPOR! or an auditor asking how it was handled:
 * its particulars, each period of the complaint policy (verification {@code VERIFICATION}, each unit's first follow-up
 * {@code FOLLOW_UP}, the complainant's verdict {@code FEEDBACK}) with the hari kerja it ran and whether it was kept,
 * and every recorded event in order with the hari kerja since receipt and who acted. The complainant is named only
 * when they gave a name and did not ask for it to be kept *rahasia*.
 *
 * @param complainant    the complainant's name, or {@code null} when {@code identity} says why it is not shown
 * @param identity       {@code ANONIM}, {@code RAHASIA} or {@code DIHAPUS} when no name is shown, else {@code null}
 * @param units          the names of the units the complaint went to, in order
 */
record ComplaintChronology(
        ComplaintFile file,
        String receivedOn,
        String receivedTime,
        String effectiveReceipt,
        String complainant,
        String identity,
        List<String> units,
        List<Period> periods,
        List<Event> events,
        String printedOn,
        String printedTime,
        String printedBy) {

    /** The complainant's own acts: the timeline records no officer for them. */
    private static final Set<String> COMPLAINANTS_ACTS = Set.of("ComplaintRegistered", "ComplainantAnswered",
            "VerdictGiven");
    /** The timeline's entries the complainant's page leaves out (see {@link TimelineEntry}). */
    private static final Set<String> INTERNAL = Set.of("DispositionReturned", "VerificationDeadlineMissed",
            "FollowUpDeadlineMissed");

    /**
     * Puts the chronology together.
     *
     * @param timeline every recorded event of the complaint, oldest first
     * @param lines    the same events in the officers' words, one for each
     * @param officers the display names of the officers who acted, by user name
     * @param unitName a unit's name by its code
     */
    static ComplaintChronology of(ComplaintFile file, List<TimelineEntry> timeline, List<Line> lines,
            Map<String, String> officers, Function<String, String> unitName, String printedBy, Instant printedAt,
            WorkingDayCalendar calendar) {
        Counting counting = Counting.on(calendar, printedAt);
        DocumentFormat format = counting.format();
        LocalDate effective = calendar.effectiveReceiptDate(file.receivedAt());
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < timeline.size(); i++) {
            TimelineEntry entry = timeline.get(i);
            Line line = lines.get(i);
            boolean citizens = entry.actor() == null && COMPLAINANTS_ACTS.contains(entry.event());
            events.add(new Event(i + 1, format.date(entry.at()), format.time(entry.at()),
                    counting.since(effective, counting.day(entry.at())), line.text(), line.quote(),
                    entry.actor() == null ? null : officers.getOrDefault(entry.actor(), entry.actor()),
                    citizens ? file.channel().name() : null, INTERNAL.contains(entry.event())));
        }
        String identity = file.anonymous() ? "ANONIM" : file.confidential() ? "RAHASIA"
                : file.complainant() == null ? "DIHAPUS" : null;
        List<String> units = file.dispositions().stream().map(d -> unitName.apply(d.unit().value())).distinct()
                .toList();
        return new ComplaintChronology(file, format.date(file.receivedAt()), format.time(file.receivedAt()),
                format.date(effective), identity == null ? file.complainant().name() : null, identity, units,
                periods(file, timeline, unitName, counting), List.copyOf(events), format.date(printedAt),
                format.time(printedAt), printedBy);
    }

    private static List<Period> periods(ComplaintFile file, List<TimelineEntry> timeline,
            Function<String, String> unitName, Counting counting) {
        List<Period> periods = new ArrayList<>();
        Instant settled = Stream.of(Optional.ofNullable(file.verifiedAt()),
                        Optional.ofNullable(file.rejection()).map(ComplaintFile.Rejection::rejectedAt),
                        Optional.ofNullable(file.convertedTo()).map(ComplaintFile.Conversion::convertedAt),
                        first(timeline, entry -> entry.event().equals("ComplaintMerged"), Instant.MIN))
                .flatMap(Optional::stream).min(Instant::compareTo).orElse(null);
        Period verification = counting.period("VERIFICATION", null, file.verificationDeadline(), settled,
                settled != null && counting.day(settled).isAfter(file.verificationDeadline().dueDate()),
                file.verificationDeadlineMissed());
        periods.add(settled == null && file.pendingQuestion() != null
                ? verification.halted(Verdict.AWAITING_CLARIFICATION) : verification);
        for (Disposition disposition : file.dispositions()) {
            String unit = disposition.unit().value();
            Instant followed = first(timeline, entry -> (entry.event().equals("ProgressRecorded")
                    || entry.event().equals("ComplaintAnswered")) && unit.equals(entry.details().get("unit")),
                    disposition.disposedAt()).orElse(null);
            Period followUp = counting.period("FOLLOW_UP", unitName.apply(unit), disposition.followUpDeadline(),
                    followed, followed != null
                            && counting.day(followed).isAfter(disposition.followUpDeadline().dueDate()),
                    disposition.deadlineMissed());
            periods.add(followed == null && disposition.state() == DispositionState.DIKEMBALIKAN
                    ? followUp.halted(Verdict.WITHDRAWN) : followUp);
        }
        if (file.feedbackDeadline() != null) {
            Instant answered = file.answer() == null ? Instant.MIN : file.answer().answeredAt();
            Instant verdict = first(timeline, entry -> entry.event().equals("VerdictGiven"), answered).orElse(null);
            periods.add(counting.period("FEEDBACK", null, file.feedbackDeadline(), verdict, false, false));
        }
        return List.copyOf(periods);
    }

    /** When the first entry at or after {@code from} that {@code wanted} picks happened. */
    private static Optional<Instant> first(List<TimelineEntry> timeline, Predicate<TimelineEntry> wanted,
            Instant from) {
        return timeline.stream().filter(entry -> !entry.at().isBefore(from)).filter(wanted)
                .map(TimelineEntry::at).filter(Objects::nonNull).findFirst();
    }
}

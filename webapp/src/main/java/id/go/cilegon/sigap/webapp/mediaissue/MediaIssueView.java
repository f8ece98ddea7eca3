package id.go.cilegon.sigap.webapp.mediaissue;

import id.go.cilegon.sigap.command.mediaissue.api.IssueOrigin;
import id.go.cilegon.sigap.command.shared.calendar.WorkingDayCalendar;
import id.go.cilegon.sigap.query.mediaissue.api.MediaIssueFile;
import id.go.cilegon.sigap.query.mediaissue.api.MediaIssueTimelineEntry;
import id.go.cilegon.sigap.webapp.shared.FieldMessages;
import id.go.cilegon.sigap.webapp.shared.OfficeDates;
import id.go.cilegon.sigap.webapp.shared.Urgency;
import id.go.cilegon.sigap.webapp.unit.Units;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Media issues in words for the pages: queue rows, the issue's clocks and facts, and its timeline. */
@Component
class MediaIssueView {

    /** Detail keys whose value the timeline quotes under the event, the first one present. */
    private static final List<String> QUOTED = List.of("reason", "answer", "question", "note", "conclusion",
            "explanation", "title", "topic");

    private final FieldMessages messages;
    private final OfficeDates dates;
    private final WorkingDayCalendar calendar;
    private final Urgency.Ranking ranking;
    private final Units units;
    private final Clock clock;

    MediaIssueView(FieldMessages messages, OfficeDates dates, WorkingDayCalendar calendar, Urgency.Ranking ranking,
            Units units, Clock clock) {
        this.messages = messages;
        this.dates = dates;
        this.calendar = calendar;
        this.ranking = ranking;
        this.units = units;
        this.clock = clock;
    }

    /**
     * One queue row. {@code urgency} is the triage's (RENDAH…KRISIS, {@code null} before triage); {@code tier} is
     * the running clock's (OVERDUE, DUE_SOON, ON_TRACK) and {@code daysLeft} its hari kerja left.
     */
    record Row(String id, String number, String status, String title, String outlet, String kind, String topic,
            String urgency, String urgencyText, String unit, String clock, String due, Integer daysLeft, String tier,
            boolean breached, long reach) {

        static final Comparator<Row> MOST_PRESSING = Comparator
                .comparing((Row row) -> row.daysLeft() == null ? Integer.MAX_VALUE : row.daysLeft())
                .thenComparing(row -> !"KRISIS".equals(row.urgency()))
                .thenComparing(Row::number, Comparator.reverseOrder());
    }

    Row row(MediaIssueFile file, Locale locale) {
        Optional<MediaIssueFile.Clock> running = file.runningClock();
        Integer left = running.map(clock -> calendar.workingDaysUntil(today(), clock.dueDate())).orElse(null);
        MediaIssueFile.Triage triage = file.triage();
        return new Row(file.mediaIssueId(), file.number(), text("MediaIssueStatus." + file.status().name(), locale),
                file.source().title(), file.source().outlet(),
                text("MediaKind." + file.source().kind().name(), locale),
                triage == null ? null : triage.topic(),
                triage == null ? null : triage.urgency().name(),
                triage == null ? null : text("IssueUrgency." + triage.urgency().name(), locale),
                triage == null || triage.unit() == null ? null : units.name(triage.unit()),
                running.map(clock -> text("media.clock." + clock.kind().name(), locale)).orElse(null),
                running.map(clock -> dates.date(clock.dueDate(), locale)).orElse(null), left,
                left == null ? null : ranking.of(left).name(),
                running.map(MediaIssueFile.Clock::missed).orElse(false), file.totalReach());
    }

    /** The issue's facts and clocks in words. */
    Map<String, Object> facts(MediaIssueFile file, Locale locale) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("status", text("MediaIssueStatus." + file.status().name(), locale));
        facts.put("kind", text("MediaKind." + file.source().kind().name(), locale));
        facts.put("published", dates.moment(file.source().publishedAt(), locale));
        facts.put("detected", dates.moment(file.detectedAt(), locale));
        facts.put("origin", text("IssueOrigin." + file.origin().name(), locale)
                + (file.origin() == IssueOrigin.UMPAN_BERITA ? " (" + file.feed() + ")" : ""));
        facts.put("triageDue", dates.date(file.triageDeadline().dueDate(), locale));
        facts.put("triageExplanation", file.triageDeadline().explain(locale));
        if (file.responseDeadline() != null) {
            facts.put("responseDue", dates.date(file.responseDeadline().dueDate(), locale));
            facts.put("responseExplanation", file.responseDeadline().explain(locale));
        }
        file.runningClock().ifPresent(clock -> {
            int left = calendar.workingDaysUntil(today(), clock.dueDate());
            facts.put("clock", clock.kind().name());
            facts.put("daysLeft", left);
            facts.put("tier", ranking.of(left).name());
        });
        MediaIssueFile.Triage triage = file.triage();
        if (triage != null) {
            facts.put("sentiment", text("Sentiment." + triage.sentiment().name(), locale));
            facts.put("urgency", text("IssueUrgency." + triage.urgency().name(), locale));
            facts.put("unit", triage.unit() == null ? null : units.name(triage.unit()));
            facts.put("triagedAt", dates.moment(triage.triagedAt(), locale));
        }
        if (file.publication() != null) {
            facts.put("respondedAt", dates.moment(file.publication().publishedAt(), locale));
        }
        facts.put("reach", file.totalReach());
        return facts;
    }

    /** One timeline line: what happened, when, by whom, and the words worth quoting. */
    record Line(String at, String actor, String text, String quote) {
    }

    List<Line> timeline(List<MediaIssueTimelineEntry> entries, Locale locale) {
        return entries.stream().map(entry -> new Line(dates.moment(entry.at(), locale), entry.actor(),
                        describe(entry, locale),
                        QUOTED.stream().map(entry.details()::get).filter(value -> value != null).findFirst()
                                .orElse(null)))
                .toList();
    }

    private String describe(MediaIssueTimelineEntry entry, Locale locale) {
        Map<String, String> details = entry.details();
        Object[] arguments = switch (entry.event()) {
            case "MediaIssueLogged" -> new Object[] {details.get("number"), dueDate(details, locale)};
            case "MediaIssueTriaged" -> new Object[] {text("IssueUrgency." + details.get("urgency"), locale),
                    text("Sentiment." + details.get("sentiment"), locale), dueDate(details, locale)};
            case "UnitClarificationRequested", "UnitClarificationReceived" -> new Object[] {
                    units.name(details.get("unit")), "true".equals(details.get("late")) ? 1 : 0};
            case "MediaResponseDrafted" -> new Object[] {details.get("version"),
                    text("ResponseKind." + details.get("kind"), locale)};
            case "MediaResponsePublished" -> new Object[] {details.get("version"), details.get("where"),
                    "true".equals(details.get("late")) ? 1 : 0};
            case "MediaIssueReferred" -> new Object[] {details.get("caseNumber")};
            case "MediaIssueMerged" -> new Object[] {details.get("originalNumber")};
            case "MediaDuplicateAttached" -> new Object[] {details.get("duplicateNumber"), details.get("outlet")};
            case "MediaIssueAssigned" -> new Object[] {details.get("handler")};
            case "MediaDeadlineMissed" -> new Object[] {text("media.clock." + details.get("stage"), locale),
                    dueDate(details, locale)};
            default -> new Object[] {details.get("version")};
        };
        return messages.text("media.event." + entry.event(), locale, arguments);
    }

    private String dueDate(Map<String, String> details, Locale locale) {
        String due = details.get("dueDate");
        return due == null ? "" : dates.date(LocalDate.parse(due), locale);
    }

    private String text(String code, Locale locale) {
        return messages.text(code, locale);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(calendar.zone()));
    }
}

package id.go.cilegon.sigap.webapp.complaint;

import id.go.cilegon.sigap.command.shared.api.UnitId;
import id.go.cilegon.sigap.query.complaint.api.TimelineEntry;
import id.go.cilegon.sigap.webapp.shared.FieldMessages;
import id.go.cilegon.sigap.webapp.shared.OfficeDates;
import id.go.cilegon.sigap.webapp.unit.Units;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * A complaint's history and facts in words: the complainant's voice ({@code complaint.timeline.*}) on the status
 * page, the officers' voice ({@code complaint.case.timeline.*}) on the case page. Unit codes become unit names, so
 * this reads the units' collection: call it off the event loop.
 */
@Component
class ComplaintWords {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");
    /** The words that came with an event, shown as a quote under its sentence. */
    private static final Map<String, String> QUOTED = Map.ofEntries(
            Map.entry("ComplainantAsked", "question"),
            Map.entry("ComplainantAnswered", "answer"),
            Map.entry("ComplaintRejected", "explanation"),
            Map.entry("ComplaintConverted", "explanation"),
            Map.entry("DispositionReturned", "reason"),
            Map.entry("ProgressRecorded", "note"),
            Map.entry("ComplaintAssigned", "note"),
            Map.entry("ComplaintEscalated", "reason"),
            Map.entry("ComplaintAnswered", "answer"),
            Map.entry("VerdictGiven", "comment"),
            Map.entry("ComplaintReopened", "reason"));

    private final FieldMessages messages;
    private final OfficeDates dates;
    private final Units units;

    ComplaintWords(FieldMessages messages, OfficeDates dates, Units units) {
        this.messages = messages;
        this.dates = dates;
        this.units = units;
    }

    /** One line of the history: when, what, and the words that came with it (or {@code null}). */
    record Line(String event, String at, String text, String quote, String actor) {
    }

    List<Line> complainantTimeline(List<TimelineEntry> entries, Locale locale) {
        return timeline(entries, "complaint.timeline.", locale);
    }

    List<Line> officerTimeline(List<TimelineEntry> entries, Locale locale) {
        return timeline(entries, "complaint.case.timeline.", locale);
    }

    private List<Line> timeline(List<TimelineEntry> entries, String voice, Locale locale) {
        return entries.stream().map(entry -> {
            Map<String, String> details = entry.details();
            String template = messages.text(voice + entry.event(), locale);
            Matcher placeholders = PLACEHOLDER.matcher(template);
            String text = placeholders.replaceAll(found -> Matcher.quoteReplacement(
                    value(found.group(1), details.get(found.group(1)), locale)));
            String quoteKey = QUOTED.get(entry.event());
            String quote = quoteKey == null ? null : details.get(quoteKey);
            return new Line(entry.event(), dates.moment(entry.at(), locale), text,
                    quote == null || quote.isBlank() ? null : quote, entry.actor());
        }).toList();
    }

    private String value(String key, String raw, Locale locale) {
        if (raw == null) {
            return "";
        }
        return switch (key) {
            case "dueDate" -> dates.date(LocalDate.parse(raw), locale);
            case "unit" -> unitName(raw);
            case "units" -> Arrays.stream(raw.split(",")).map(String::strip).map(this::unitName)
                    .collect(Collectors.joining(", "));
            case "reason" -> raw.matches("[A-Z_]+") ? messages.text("RejectionReason." + raw, locale) : raw;
            default -> raw;
        };
    }

    String unitName(String code) {
        return units.name(code);
    }

    /** Every unit's name, read once for a list of complaints. */
    Units.Names unitNames() {
        return units.names();
    }

    static String unitNames(List<UnitId> codes, Units.Names names) {
        return codes.stream().map(UnitId::value).map(names::of).collect(Collectors.joining(", "));
    }

    String text(String code, Locale locale, Object... arguments) {
        return messages.text(code, locale, arguments);
    }

    String date(LocalDate day, Locale locale) {
        return dates.date(day, locale);
    }

    LocalDate day(Instant at) {
        return dates.day(at);
    }

    String moment(Instant at, Locale locale) {
        return dates.moment(at, locale);
    }
}

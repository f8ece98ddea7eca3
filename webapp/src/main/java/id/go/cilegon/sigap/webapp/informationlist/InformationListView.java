package id.go.cilegon.sigap.webapp.informationlist;

import id.go.cilegon.sigap.command.informationlist.api.Exemption;
import id.go.cilegon.sigap.command.informationlist.api.InformationCategory;
import id.go.cilegon.sigap.command.informationlist.api.InformationDescription;
import id.go.cilegon.sigap.command.informationlist.api.InformationListRules;
import id.go.cilegon.sigap.command.informationlist.api.ListedInformationStatus;
import id.go.cilegon.sigap.command.informationrequest.api.ExemptionGround;
import id.go.cilegon.sigap.command.shared.calendar.WorkingDayCalendar;
import id.go.cilegon.sigap.query.informationlist.api.ListedInformationEntry;
import id.go.cilegon.sigap.webapp.shared.FieldMessages;
import id.go.cilegon.sigap.webapp.shared.FilterParameters;
import id.go.cilegon.sigap.webapp.shared.OfficeDates;
import id.go.cilegon.sigap.webapp.shared.documents.Table;
import id.go.cilegon.sigap.webapp.unit.Units;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The lists in the reader's language: one {@link Line} per piece of information serves the public lists, the
 * officers' pages and the downloads (CSV), so each says the same in the same words.
 */
@Component
class InformationListView {

    /** Words looked at in a search, and characters of each: a search is a few words, not a text. */
    private static final int MOST_WORDS = 8;
    private static final int LONGEST_WORD = 40;

    private final FieldMessages messages;
    private final OfficeDates dates;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    InformationListView(FieldMessages messages, OfficeDates dates, WorkingDayCalendar calendar, Clock clock) {
        this.messages = messages;
        this.dates = dates;
        this.calendar = calendar;
        this.clock = clock;
    }

    /**
     * One piece of information as every page writes it.
     *
     * @param refreshedOn when the information was last published anew
     * @param refreshDue  periodic information not published anew within the refresh period (UU KIP Pasal 9)
     * @param exempt      the exemption in force, {@code null} while the information is open
     */
    record Line(String id, String number, ListedInformationStatus status, String statusText, String title,
            String summary, String category, String unit, String responsible, String madeWhen, String forms,
            String retention, String link, String refreshedOn, boolean refreshDue, Exempt exempt) {

        /** The exemption ends within the review lead: time to test it again. */
        public boolean reviewSoon() {
            return exempt != null && exempt.reviewSoon();
        }

        /** The PPID has something to do about it: publish it anew, or test its exemption again. */
        boolean due() {
            return refreshDue || reviewSoon();
        }

        /** Whether {@code words} (already lower case) all occur in the title, summary, unit or number. */
        boolean matches(List<String> words) {
            String text = (title + " " + summary + " " + unit + " " + number).toLowerCase(Locale.ROOT);
            return words.stream().allMatch(text::contains);
        }
    }

    /**
     * The exemption in force, in words.
     *
     * @param reviewSoon it ends within the review lead, or its reminder was recorded
     */
    record Exempt(String grounds, List<String> documents, String law, String analysis, String period, String endsOn,
            String decision, boolean reviewSoon) {
    }

    /** The words of a search, lower case; none for a blank one. */
    static List<String> words(String search) {
        String text = FilterParameters.text(search);
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("\\s+")).limit(MOST_WORDS)
                .map(word -> word.substring(0, Math.min(LONGEST_WORD, word.length()))).toList();
    }

    Line line(ListedInformationEntry entry, Units.Names units, Locale locale) {
        InformationDescription description = entry.description();
        String forms = description.forms().stream().map(form -> text("InformationForm." + form.name(), locale))
                .collect(Collectors.joining(", "));
        LocalDate refreshed = dates.day(entry.refreshedAt());
        return new Line(entry.id(), entry.number(), entry.status(),
                text("ListedInformationStatus." + entry.status().name(), locale), description.title(),
                description.summary(), text("InformationCategory." + description.category().name(), locale),
                units.of(description.unit().value()), description.responsible(), description.madeWhen(), forms,
                description.retention(), description.link(), dates.date(refreshed, locale),
                refreshDue(entry, refreshed, today()),
                entry.exemption() == null ? null : exempt(entry.exemption(), entry.reviewDue(), locale));
    }

    private Exempt exempt(Exemption exemption, boolean reviewRecorded, Locale locale) {
        LocalDate endsOn = exemption.endsOn();
        String decidedOn = dates.date(exemption.decidedOn(), locale);
        return new Exempt(grounds(exemption.grounds(), locale), exemption.test().documents(),
                exemption.test().lawReliedOn(), exemption.test().consequenceAnalysis(),
                period(exemption.test().exemptionPeriod(), locale), dates.date(endsOn, locale),
                exemption.decisionNumber() == null ? text("information.decision.dated", locale, decidedOn)
                        : text("information.decision.numbered", locale, exemption.decisionNumber(), decidedOn),
                reviewRecorded || !today().isBefore(endsOn.minus(InformationListRules.REVIEW_LEAD)));
    }

    /**
     * Open periodic information whose last edition is {@link InformationListRules#REFRESH_PERIOD} old or older on
     * {@code today}: UU KIP Pasal 9 wants it provided anew.
     */
    static boolean refreshDue(ListedInformationEntry entry, LocalDate refreshed, LocalDate today) {
        return entry.status() == ListedInformationStatus.TERBUKA
                && entry.description().category() == InformationCategory.BERKALA
                && !today.isBefore(refreshed.plus(InformationListRules.REFRESH_PERIOD));
    }

    /** "Pasal 17 huruf a (penegakan hukum); huruf h (rahasia pribadi)". */
    String grounds(List<ExemptionGround> grounds, Locale locale) {
        return grounds.stream().map(ground -> text("information.ground", locale,
                        ground.name().substring(0, 1).toLowerCase(Locale.ROOT),
                        text("ExemptionGround." + ground.name(), locale)))
                .collect(Collectors.joining("; "));
    }

    /** "2 tahun 6 bulan". */
    String period(Period period, Locale locale) {
        List<String> parts = new ArrayList<>();
        if (period.getYears() > 0) {
            parts.add(text("information.period.years", locale, period.getYears()));
        }
        if (period.getMonths() > 0) {
            parts.add(text("information.period.months", locale, period.getMonths()));
        }
        if (period.getDays() > 0) {
            parts.add(text("information.period.days", locale, period.getDays()));
        }
        return String.join(" ", parts);
    }

    // -------------------------------------------------------------------------------------------- downloads

    /** The Daftar Informasi Publik with the elements the Perki names, one row per piece of information. */
    private static final List<Column> PUBLIC_COLUMNS = List.of(
            new Column("information.column.number", Line::number),
            new Column("information.column.title", Line::title),
            new Column("information.column.summary", Line::summary),
            new Column("information.column.category", Line::category),
            new Column("information.column.unit", Line::unit),
            new Column("information.column.responsible", Line::responsible),
            new Column("information.column.madeWhen", Line::madeWhen),
            new Column("information.column.forms", Line::forms),
            new Column("information.column.retention", Line::retention),
            new Column("information.column.link", Line::link),
            new Column("information.column.refreshedOn", Line::refreshedOn));

    /** The Daftar Informasi yang Dikecualikan: what, on which grounds and law, with what consequence, until when. */
    private static final List<Column> EXEMPT_COLUMNS = List.of(
            new Column("information.column.number", Line::number),
            new Column("information.column.title", Line::title),
            new Column("information.column.summary", Line::summary),
            new Column("information.column.unit", Line::unit),
            new Column("information.column.grounds", line -> line.exempt().grounds()),
            new Column("information.column.law", line -> line.exempt().law()),
            new Column("information.column.analysis", line -> line.exempt().analysis()),
            new Column("information.column.period", line -> line.exempt().period()),
            new Column("information.column.endsOn", line -> line.exempt().endsOn()),
            new Column("information.column.decision", line -> line.exempt().decision()));

    private record Column(String headingKey, Function<Line, String> value) {
    }

    Table publicList(List<Line> lines, Locale locale) {
        return table("information.public.heading", PUBLIC_COLUMNS, lines, locale);
    }

    Table exemptList(List<Line> lines, Locale locale) {
        return table("information.exempt.heading", EXEMPT_COLUMNS, lines, locale);
    }

    private Table table(String titleKey, List<Column> columns, List<Line> lines, Locale locale) {
        return new Table(text(titleKey, locale), columns.stream().map(column -> text(column.headingKey(), locale))
                .toList(), lines.stream().map(line -> columns.stream().map(column -> column.value().apply(line))
                .toList()).toList());
    }

    private String text(String code, Locale locale, Object... arguments) {
        return messages.text(code, locale, arguments);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(calendar.zone()));
    }
}

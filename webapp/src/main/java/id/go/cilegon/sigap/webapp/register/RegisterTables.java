package id.go.cilegon.sigap.webapp.register;

import id.go.cilegon.sigap.command.informationrequest.api.ExemptionGround;
import id.go.cilegon.sigap.command.informationrequest.api.NoticeDecision;
import id.go.cilegon.sigap.command.shared.calendar.WorkingDayCalendar;
import id.go.cilegon.sigap.query.informationrequest.register.api.ObjectionRegisterEntry;
import id.go.cilegon.sigap.query.informationrequest.register.api.RequestRegisterEntry;
import id.go.cilegon.sigap.webapp.shared.documents.Table;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The two registers as {@link Table}s with the Perki's columns, in the reader's language: one definition serves
 * the page, the CSV and the XLSX. The public version keeps only the columns that carry no personal data, and its
 * lines come from the query already stripped of it.
 */
@Component
class RegisterTables {

    private static final List<Column<RequestRegisterEntry>> REQUEST_COLUMNS = List.of(
            everyone("register.request.number", (line, cells) -> line.registrationNumber()),
            everyone("register.request.date", (line, cells) -> cells.date(line.receivedAt())),
            everyone("register.request.channel", (line, cells) -> cells.value(line.channel())),
            officers("register.request.name", (line, cells) -> cells.person(line.requesterName())),
            officers("register.request.address", (line, cells) -> line.requesterAddress()),
            officers("register.request.contact", (line, cells) -> line.contact()),
            officers("register.request.occupation", (line, cells) -> line.requesterOccupation()),
            officers("register.request.proxy", (line, cells) -> line.proxyName()),
            everyone("register.request.information", (line, cells) -> line.informationRequested()),
            officers("register.request.purpose", (line, cells) -> line.purpose()),
            everyone("register.request.obtainMethod", (line, cells) -> cells.value(line.obtainMethod())),
            everyone("register.request.deliveryMethod", (line, cells) -> cells.value(line.deliveryMethod())),
            everyone("register.request.held", RegisterTables::held),
            everyone("register.request.form", (line, cells) -> join(cells.value(line.givenAs()), line.format())),
            everyone("register.request.decision", (line, cells) -> line.decision() == null ? null
                    : cells.text("InformationRequestStatus." + line.decision().status().name())),
            everyone("register.request.refusalReason", RegisterTables::refusalReason),
            everyone("register.request.noticeDue", (line, cells) -> line.noticeDeadlineExtended()
                    ? cells.text("register.extended", cells.date(line.noticeDue())) : cells.date(line.noticeDue())),
            everyone("register.request.noticeDate", (line, cells) -> cells.date(line.noticeSentAt())),
            everyone("register.request.timeliness", (line, cells) -> cells.timeliness(
                    line.noticeSentAt() != null, line.noticeLate(), line.noticeDeadlineMissed())),
            everyone("register.request.deliveryDate", (line, cells) -> cells.date(line.deliveredAt())),
            everyone("register.request.cost", (line, cells) -> line.costRupiah() == null ? null
                    : cells.text("register.cost", cells.rupiah(line.costRupiah()),
                            Objects.toString(line.costHowToPay(), ""))),
            everyone("register.request.status", (line, cells) -> cells.value(line.status())),
            everyone("register.request.ended", (line, cells) -> line.withdrawnAt() != null
                    ? cells.text("register.withdrawn", cells.date(line.withdrawnAt()))
                    : line.closedAt() != null ? cells.text("register.closed", cells.date(line.closedAt())) : null));

    private static final List<Column<ObjectionRegisterEntry>> OBJECTION_COLUMNS = List.of(
            everyone("register.objection.number", (line, cells) -> line.objectionNumber()),
            everyone("register.objection.date", (line, cells) -> cells.date(line.receivedAt())),
            everyone("register.objection.requestNumber", (line, cells) -> line.requestNumber()),
            officers("register.objection.name", (line, cells) -> cells.person(line.requesterName())),
            officers("register.objection.address", (line, cells) -> line.requesterAddress()),
            officers("register.objection.occupation", (line, cells) -> line.requesterOccupation()),
            officers("register.objection.proxy", (line, cells) -> line.proxyName()),
            everyone("register.objection.information", (line, cells) -> line.informationRequested()),
            officers("register.objection.purpose", (line, cells) -> line.purpose()),
            everyone("register.objection.ground", (line, cells) -> line.ground() == null ? null
                    : cells.text("register.ground." + line.ground().name())),
            officers("register.objection.caseSummary", (line, cells) -> line.caseSummary()),
            everyone("register.objection.answerDue", (line, cells) -> cells.date(line.answerDue())),
            everyone("register.objection.outcome", (line, cells) -> line.outcome() == null ? null
                    : cells.value(line.outcome().status())),
            officers("register.objection.reasons", (line, cells) -> line.reasons()),
            everyone("register.objection.answerDate", (line, cells) -> cells.date(line.answeredAt())),
            officers("register.objection.atasan", (line, cells) -> line.answeredBy() == null ? null
                    : cells.officerNames().getOrDefault(line.answeredBy(), line.answeredBy())),
            everyone("register.objection.timeliness", (line, cells) -> cells.timeliness(
                    line.outcome() != null, line.answeredLate(), line.answerDeadlineMissed())),
            everyone("register.objection.dispute", RegisterTables::dispute),
            everyone("register.objection.disputeStage", (line, cells) -> line.disputeStage() == null ? null
                    : cells.text("register.stageOn", cells.text("register.stage." + line.disputeStage().name()),
                            cells.date(line.disputeStageReachedOn()))),
            officers("register.objection.disputeOutcome", (line, cells) -> line.disputeStageOutcome()),
            everyone("register.objection.status", (line, cells) -> cells.value(line.status())));

    private final MessageSource messages;
    private final ZoneId zone;

    RegisterTables(MessageSource messages, WorkingDayCalendar calendar) {
        this.messages = messages;
        this.zone = calendar.zone();
    }

    Table requests(List<RequestRegisterEntry> lines, int year, boolean publicVersion, Locale locale) {
        return table(REQUEST_COLUMNS, lines, "register.request.sheet", year, publicVersion,
                new Cells(messages, locale, zone, Map.of()));
    }

    /** @param officerNames the Atasan PPID's display name by user name, for the officers' version */
    Table objections(List<ObjectionRegisterEntry> lines, Map<String, String> officerNames, int year,
            boolean publicVersion, Locale locale) {
        return table(OBJECTION_COLUMNS, lines, "register.objection.sheet", year, publicVersion,
                new Cells(messages, locale, zone, officerNames));
    }

    private static <E> Table table(List<Column<E>> all, List<E> lines, String titleKey, int year,
            boolean publicVersion, Cells cells) {
        List<Column<E>> columns = all.stream().filter(column -> !publicVersion || !column.officersOnly()).toList();
        return new Table(cells.text(titleKey, String.valueOf(year)),
                columns.stream().map(column -> cells.text(column.headingKey())).toList(),
                lines.stream().map(line -> columns.stream().map(column -> column.value().apply(line, cells))
                        .toList()).toList());
    }

    // ------------------------------------------------------------------------------------------ derived cells

    /** Perki's "status informasi": held (ya/tidak), or not documented yet. */
    private static String held(RequestRegisterEntry line, Cells cells) {
        if (line.decision() == NoticeDecision.DITOLAK_BELUM_DIDOKUMENTASIKAN) {
            return cells.text("register.held.notDocumented");
        }
        if (line.informationHeld() == null) {
            return null;
        }
        return cells.text(line.informationHeld() ? "register.held.yes" : "register.held.no");
    }

    /** The exemption letters, or why the body could not give what it does not hold. */
    private static String refusalReason(RequestRegisterEntry line, Cells cells) {
        if (line.decision() == null) {
            return null;
        }
        return switch (line.decision()) {
            case DIKABULKAN_SEBAGIAN, DITOLAK_DIKECUALIKAN -> line.exemptionGrounds().stream()
                    .map(ground -> cells.text("register.refusal.exemption", letter(ground)))
                    .collect(Collectors.joining("; "));
            case DITOLAK_BELUM_DIKUASAI -> cells.text("register.refusal.notHeld");
            case DITOLAK_BELUM_DIDOKUMENTASIKAN -> cells.text("register.refusal.notDocumented");
            case TIDAK_DIKUASAI_DIARAHKAN -> cells.text("register.refusal.elsewhere", line.holdingBody());
            case DIKABULKAN_SELURUHNYA -> null;
        };
    }

    private static String letter(ExemptionGround ground) {
        return ground.name().substring(0, 1).toLowerCase(Locale.ROOT);
    }

    private static String dispute(ObjectionRegisterEntry line, Cells cells) {
        if (line.disputeFiledOn() == null) {
            return null;
        }
        String filedOn = cells.date(line.disputeFiledOn());
        return line.disputeCaseNumber() == null || line.disputeCaseNumber().isBlank()
                ? cells.text("register.dispute", line.disputeCommission(), filedOn)
                : cells.text("register.dispute.numbered", line.disputeCommission(), line.disputeCaseNumber(), filedOn);
    }

    private static String join(String first, String second) {
        if (first == null) {
            return second;
        }
        return second == null || second.isBlank() ? first : first + ", " + second;
    }

    private static <E> Column<E> everyone(String headingKey, BiFunction<E, Cells, String> value) {
        return new Column<>(headingKey, false, value);
    }

    private static <E> Column<E> officers(String headingKey, BiFunction<E, Cells, String> value) {
        return new Column<>(headingKey, true, value);
    }

    /**
     * One column of a register.
     *
     * @param officersOnly the column carries personal data or free text that may, so the public version leaves it out
     */
    private record Column<E>(String headingKey, boolean officersOnly, BiFunction<E, Cells, String> value) {
    }

    /** How a cell's value reads in the reader's language: dates in WIB as {@code d MMMM yyyy}, enums in words. */
    private record Cells(MessageSource messages, Locale locale, ZoneId zone, Map<String, String> officerNames) {

        String text(String key, Object... arguments) {
            return messages.getMessage(key, arguments, locale);
        }

        String value(Enum<?> value) {
            return value == null ? null : text(value.getDeclaringClass().getSimpleName() + "." + value.name());
        }

        String date(Instant instant) {
            return instant == null ? null : date(LocalDate.ofInstant(instant, zone));
        }

        String date(LocalDate date) {
            return date == null ? null : DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(date);
        }

        String rupiah(long amount) {
            return NumberFormat.getIntegerInstance(locale).format(amount);
        }

        String person(String name) {
            return name == null ? text("register.erased") : name;
        }

        /** On time, late, or past the deadline with no answer yet; nothing while the clock still runs. */
        String timeliness(boolean answered, boolean late, boolean deadlineMissed) {
            if (late) {
                return text("register.timeliness.late");
            }
            if (answered) {
                return text("register.timeliness.onTime");
            }
            return deadlineMissed ? text("register.timeliness.missed") : null;
        }
    }
}

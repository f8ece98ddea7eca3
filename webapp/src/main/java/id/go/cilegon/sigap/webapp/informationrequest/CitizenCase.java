package id.go.cilegon.sigap.webapp.informationrequest;

import id.go.cilegon.sigap.command.informationrequest.api.ClarificationPolicy;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestStatus;
import id.go.cilegon.sigap.command.informationrequest.api.KipDeadlines;
import id.go.cilegon.sigap.command.informationrequest.api.ObjectionGround;
import id.go.cilegon.sigap.command.shared.api.calendar.Deadline;
import id.go.cilegon.sigap.command.shared.calendar.WorkingDayCalendar;
import id.go.cilegon.sigap.query.informationrequest.api.CaseFile;
import id.go.cilegon.sigap.query.informationrequest.api.TimelineEntry;
import id.go.cilegon.sigap.webapp.informationrequest.CitizenCaseView.Clarification;
import id.go.cilegon.sigap.webapp.informationrequest.CitizenCaseView.Download;
import id.go.cilegon.sigap.webapp.informationrequest.CitizenCaseView.GroundOffer;
import id.go.cilegon.sigap.webapp.informationrequest.CitizenCaseView.Happening;
import id.go.cilegon.sigap.webapp.informationrequest.CitizenCaseView.Objection;
import id.go.cilegon.sigap.webapp.informationrequest.CitizenCaseView.Step;
import id.go.cilegon.sigap.webapp.shared.FieldMessages;
import id.go.cilegon.sigap.webapp.shared.OfficeDates;
import id.go.cilegon.sigap.webapp.shared.Urgency;
import id.go.cilegon.sigap.webapp.unit.Units;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Words a case file for the citizen: what happened, what comes next and by when, and which acts the law still
 * allows them (answering a question, a keberatan, withdrawing). The calendar decides whether a keberatan ground is
 * still open, exactly as the aggregate will: 30 hari kerja after the ground arose, against the day the keberatan
 * would count as received.
 */
@Component
public class CitizenCase {

    private static final String REQUESTER_VOICE = "status.timeline.";
    private static final String OFFICER_VOICE = "case.timeline.";

    /** Statuses in which the notice deadline still counts down for the requester. */
    public static final Set<InformationRequestStatus> CLOCK_RUNNING = EnumSet.of(InformationRequestStatus.DITERIMA,
            InformationRequestStatus.MENUNGGU_KELENGKAPAN, InformationRequestStatus.DIPROSES,
            InformationRequestStatus.DIPERPANJANG);

    /** Before a decision the requester can take the request back in one click; later, an officer helps. */
    private static final Set<InformationRequestStatus> WITHDRAWABLE = CLOCK_RUNNING;

    private final WorkingDayCalendar calendar;
    private final Clock clock;
    private final ClarificationPolicy policy;
    private final FieldMessages messages;
    private final Urgency.Ranking urgency;
    private final Units units;
    private final OfficeDates dates;

    CitizenCase(WorkingDayCalendar calendar, Clock clock, ClarificationPolicy policy, FieldMessages messages,
            Urgency.Ranking urgency, Units units, OfficeDates dates) {
        this.dates = dates;
        this.calendar = calendar;
        this.clock = clock;
        this.policy = policy;
        this.messages = messages;
        this.urgency = urgency;
        this.units = units;
    }

    /**
     * Blocks on the units' collection for the name of a unit the request went to: call it off the event loop.
     *
     * @param timeline the requester's view of the timeline, oldest first
     */
    CitizenCaseView describe(CaseFile file, List<TimelineEntry> timeline, Locale locale) {
        Words words = new Words(locale);
        LocalDate today = LocalDate.now(clock.withZone(calendar.zone()));
        List<GroundOffer> offers = groundsOpenToday(file, words);
        return new CitizenCaseView(file.requestId(), file.registrationNumber(), file.status(), file.channel(),
                file.receivedAt(), words.moment(file.receivedAt()), file.informationRequested(),
                file.noticeDeadline(), nextSteps(file, offers, today, words),
                timeline.stream().map(entry -> happening(entry, words, REQUESTER_VOICE)).toList(),
                file.clarification() == null ? null : new Clarification(file.clarification().question(),
                        file.clarification().askedAt(), words.moment(file.clarification().askedAt())),
                offers, objection(file.objection(), words), file.notice() != null,
                WITHDRAWABLE.contains(file.status()), file.documents().stream()
                        .map(document -> new Download(document.documentId(), document.fileName(),
                                document.mediaType(), size(document.size(), locale), document.sha256()))
                        .toList());
    }

    /** A file's size as a person reads it: {@code 48 KB}, {@code 1,5 MB} (in Bahasa Indonesia). */
    static String size(long bytes, Locale locale) {
        if (bytes < 1024 * 1024) {
            return Math.max(1, (bytes + 1023) / 1024) + " KB";
        }
        return String.format(locale, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    /** The grounds that have arisen and whose 30 hari kerja still run on the day a keberatan filed now counts. */
    private List<GroundOffer> groundsOpenToday(CaseFile file, Words words) {
        return openGrounds(file).entrySet().stream()
                .map(open -> new GroundOffer(open.getKey(), letter(open.getKey()), words.ground(open.getKey()),
                        open.getValue(), words.date(open.getValue())))
                .toList();
    }

    /**
     * Each Pasal 35 ground on which a keberatan filed now would be accepted, with the last day it may be filed:
     * arisen, within 30 hari kerja of arising on the day a filing now counts as received, and no keberatan open.
     */
    public Map<ObjectionGround, LocalDate> openGrounds(CaseFile file) {
        if (file.status() == InformationRequestStatus.DIBATALKAN
                || (file.objection() != null && file.objection().open())) {
            return Map.of();
        }
        LocalDate filedOn = calendar.effectiveReceiptDate(clock.instant());
        Map<ObjectionGround, LocalDate> lastDays = new EnumMap<>(ObjectionGround.class);
        for (CaseFile.AvailableGround available : file.objectionGrounds()) {
            LocalDate lastDay = calendar.workingDaysAfter(available.aroseAt(), KipDeadlines.OBJECTION_WINDOW)
                    .dueDate();
            if (!filedOn.isAfter(lastDay)) {
                lastDays.merge(available.ground(), lastDay, (one, other) -> one.isAfter(other) ? one : other);
            }
        }
        return lastDays;
    }

    private List<Step> nextSteps(CaseFile file, List<GroundOffer> offers, LocalDate today, Words words) {
        List<Step> steps = new ArrayList<>();
        if (file.status() == InformationRequestStatus.DIBATALKAN) {
            steps.add(plain("withdrawn", words.text("status.next.withdrawn")));
            return steps;
        }
        if (file.clarification() != null) {
            steps.add(plain("clarification", words.text("status.next.clarification." + policy.name())));
        } else if (file.notice() == null && CLOCK_RUNNING.contains(file.status())) {
            Deadline due = file.noticeDeadline();
            boolean overdue = today.isAfter(due.dueDate());
            steps.add(dated("notice", words.text(overdue ? "status.next.noticeOverdue" : "status.next.notice",
                    words.date(due.dueDate())), due, today, words));
        }
        CaseFile.ObjectionFile objection = file.objection();
        if (objection != null && objection.open()) {
            Deadline due = objection.answerDeadline();
            boolean missed = objection.answerDeadlineMissed() || today.isAfter(due.dueDate());
            steps.add(dated("objection-answer", words.text(missed ? "status.next.objectionAnswerMissed"
                    : "status.next.objectionAnswer", objection.number().value(), words.date(due.dueDate())),
                    due, today, words));
        }
        if (objection != null && file.dispute() == null && objection.disputeWindow() != null
                && !today.isAfter(objection.disputeWindow().dueDate())) {
            Deadline window = objection.disputeWindow();
            steps.add(dated("dispute", words.text(objection.open() ? "status.next.disputeAfterLapse"
                    : "status.next.dispute", words.date(window.dueDate())), window, today, words));
        }
        if (file.dispute() != null && (file.dispute().currentStage() == null
                || !file.dispute().currentStage().isFinal())) {
            steps.add(plain("dispute-filed", words.text("status.next.disputeFiled", file.dispute().commission())));
        }
        if (file.deliveryOwed()) {
            steps.add(plain("delivery", words.text("status.next.delivery")));
        }
        offers.stream().map(GroundOffer::lastDay).max(LocalDate::compareTo).ifPresent(lastDay ->
                steps.add(new Step("objection-window", words.text("status.next.objectionWindow",
                        words.date(lastDay)), lastDay, null, calendar.workingDaysUntil(today, lastDay),
                        urgency.of(calendar.workingDaysUntil(today, lastDay)))));
        if (steps.isEmpty()) {
            steps.add(plain("none", words.text("status.next.none")));
        }
        return steps;
    }

    private Step dated(String kind, String text, Deadline due, LocalDate today, Words words) {
        int left = calendar.workingDaysUntil(today, due.dueDate());
        return new Step(kind, text, due.dueDate(), due.explain(words.locale), left, urgency.of(left));
    }

    private static Step plain(String kind, String text) {
        return new Step(kind, text, null, null, null, null);
    }

    private static Objection objection(CaseFile.ObjectionFile objection, Words words) {
        if (objection == null) {
            return null;
        }
        return new Objection(objection.number().value(), objection.ground(), letter(objection.ground()),
                words.ground(objection.ground()),
                objection.receivedAt(), words.moment(objection.receivedAt()), objection.answerDeadline(),
                words.date(objection.answerDeadline().dueDate()), objection.answerDeadline().explain(words.locale),
                objection.open());
    }

    /** A day as the pages write it in {@code locale}: "16 Maret 2026". */
    String date(LocalDate day, Locale locale) {
        return new Words(locale).date(day);
    }

    /** A moment as the pages write it in {@code locale}, on the office's clock: "16 Mar 2026, 10.00 WIB". */
    String moment(Instant at, Locale locale) {
        return new Words(locale).moment(at);
    }

    /**
     * Every event on the officer's case page, as one sentence in the PPID's own voice ({@code case.timeline.*}),
     * oldest first; a unit's internal input is among them.
     */
    List<Happening> officerTimeline(List<TimelineEntry> timeline, Locale locale) {
        Words words = new Words(locale);
        return timeline.stream().map(entry -> happening(entry, words, OFFICER_VOICE)).toList();
    }

    /**
     * Each event as one sentence; what came with it in words is quoted beside it. {@code voice} is the key prefix
     * of the sentences: the requester's ({@code status.timeline.}, "you") or the officer's ({@code case.timeline.}).
     */
    private Happening happening(TimelineEntry entry, Words words, String voice) {
        Map<String, String> details = entry.details();
        String text;
        String quote = null;
        switch (entry.event()) {
            case "InformationRequestRegistered" -> text = words.text(voice + "registered",
                    details.get("registrationNumber"), words.isoDate(details.get("dueDate")));
            case "ClarificationRequested" -> {
                text = words.text(voice + "clarificationRequested");
                quote = details.get("reason");
            }
            case "ClarificationProvided" -> {
                text = words.text(voice + "clarificationProvided", words.isoDate(details.get("dueDate")));
                quote = details.get("answer");
            }
            case "InformationRequestForwarded" -> {
                text = words.text(voice + "forwarded", units.name(details.get("unit")));
                quote = OFFICER_VOICE.equals(voice) ? details.get("instruction") : null;
            }
            case "UnitInputRecorded" -> {
                text = words.text(voice + "unitInput", units.name(details.get("unit")));
                quote = details.get("input");
            }
            case "NoticeDeadlineExtended" -> {
                text = words.text(voice + "extended", words.isoDate(details.get("dueDate")));
                quote = details.get("reason");
            }
            case "WrittenNoticeSent" -> text = words.text(Boolean.parseBoolean(details.get("late"))
                    ? voice + "noticeSentLate" : voice + "noticeSent",
                    words.text("InformationRequestStatus." + details.get("decision")));
            case "InformationDelivered" -> text = words.text(voice + "delivered",
                    words.text("DeliveryMethod." + details.get("method")),
                    words.date(LocalDate.ofInstant(Instant.parse(details.get("deliveredAt")), calendar.zone())));
            case "DocumentReleased" -> text = words.text(voice + "documentReleased", details.get("fileName"));
            case "ReleasedDocumentWithdrawn" -> {
                text = words.text(voice + "documentWithdrawn", details.get("fileName"));
                quote = details.get("reason");
            }
            case "InformationRequestClosed" -> text = words.text(voice + "closed");
            case "InformationRequestWithdrawn" -> {
                text = words.text(voice + "withdrawn");
                quote = details.get("reason");
            }
            case "NoticeDeadlineMissed" -> text = words.text(voice + "noticeDeadlineMissed",
                    words.isoDate(details.get("dueDate")));
            case "ObjectionFiled" -> text = words.text(voice + "objectionFiled", details.get("number"),
                    letter(ObjectionGround.valueOf(details.get("ground"))), words.isoDate(details.get("dueDate")));
            case "ObjectionAnswered" -> {
                text = words.text(voice + "objectionAnswered", details.get("number"),
                        words.text("status.outcome." + details.get("outcome")),
                        words.isoDate(details.get("disputeWindowEnds")));
                quote = details.get("reasons");
            }
            case "ObjectionAnswerDeadlineMissed" -> text = words.text(voice + "objectionAnswerMissed",
                    details.get("number"), words.isoDate(details.get("dueDate")),
                    words.isoDate(details.get("disputeWindowEnds")));
            case "DisputeFiled" -> text = words.text(voice + "disputeFiled", details.get("commission"),
                    words.isoDate(details.get("filedOn")));
            case "DisputeStageRecorded" -> {
                text = words.text(voice + "disputeStage",
                        words.text("status.disputeStage." + details.get("stage")),
                        words.isoDate(details.get("reachedOn")));
                quote = details.get("outcome");
            }
            case "InformationRequestAssigned" -> {
                text = words.text(voice + "assigned", details.get("handler"));
                quote = details.get("note");
            }
            case "InformationRequestEscalated" -> {
                text = words.text(voice + "escalated");
                quote = details.get("reason");
            }
            default -> text = words.text(voice + "other");
        }
        return new Happening(entry.at(), words.moment(entry.at()), entry.event(), text, quote);
    }


    /** Pasal 35(1) cites grounds by letter: {@code A_PENOLAKAN_PASAL_17} is huruf a. */
    static String letter(ObjectionGround ground) {
        return ground.name().substring(0, 1).toLowerCase(Locale.ROOT);
    }

    /** The texts and date formats of one reader's language. */
    private final class Words {
        private final Locale locale;

        Words(Locale locale) {
            this.locale = locale;
        }

        String text(String code, Object... arguments) {
            return messages.text(code, locale, arguments);
        }

        String date(LocalDate day) {
            return dates.date(day, locale);
        }

        String isoDate(String day) {
            return day == null ? "" : date(LocalDate.parse(day));
        }

        String moment(Instant at) {
            return dates.moment(at, locale);
        }

        String ground(ObjectionGround ground) {
            return text("status.ground." + ground.name());
        }
    }
}

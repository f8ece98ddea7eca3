package id.go.cilegon.sigap.webapp.informationrequest;

import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestStatus;
import id.go.cilegon.sigap.command.informationrequest.api.ObjectionGround;
import id.go.cilegon.sigap.command.shared.api.Channel;
import id.go.cilegon.sigap.command.shared.api.calendar.Deadline;
import id.go.cilegon.sigap.webapp.shared.Urgency;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the citizen holding the tracking code sees of a case, already worded in their language: no name, NIK,
 * phone, e-mail or address, and none of the officers' internal notes. The status page and the JSON API both
 * show this, so they say the same thing.
 *
 * @param requestId             acts on the request; never shown
 * @param receivedAtText        when the request was received, on the office's clock (WIB)
 * @param noticeDeadline        the written notice's due date as last set, with its explanation
 * @param nextSteps             what happens next and by when, most pressing first; never empty
 * @param timeline              what happened, oldest first, one sentence each
 * @param clarification         the PPID's open question, or {@code null}
 * @param objectionGrounds      the Pasal 35 grounds a keberatan may be filed on today; empty when none may
 * @param objection             the latest keberatan, or {@code null}
 * @param noticeSent            the pemberitahuan tertulis exists and can be opened
 * @param mayWithdraw           the requester may still take the request back
 * @param documents             the files of the granted information the requester may download, oldest first
 */
record CitizenCaseView(
        String requestId,
        String registrationNumber,
        InformationRequestStatus status,
        Channel channel,
        Instant receivedAt,
        String receivedAtText,
        String informationRequested,
        Deadline noticeDeadline,
        List<Step> nextSteps,
        List<Happening> timeline,
        Clarification clarification,
        List<GroundOffer> objectionGrounds,
        Objection objection,
        boolean noticeSent,
        boolean mayWithdraw,
        List<Download> documents) {

    /**
     * A released file of the granted information.
     *
     * @param size its size in words, e.g. {@code 48 KB}
     */
    record Download(String documentId, String fileName, String mediaType, String size, String sha256) {
    }

    /**
     * One thing to come. {@code dueDate}, {@code explanation}, {@code workingDaysLeft} and {@code urgency} are
     * {@code null} when it has no statutory date.
     *
     * @param kind a stable name for the step, e.g. {@code notice}, {@code clarification}, {@code objection-answer}
     */
    record Step(String kind, String text, LocalDate dueDate, String explanation, Integer workingDaysLeft,
            Urgency urgency) {
    }

    /**
     * One thing that happened.
     *
     * @param event the event's name, e.g. {@code ClarificationRequested}
     * @param when  {@code at} on the office's clock, with WIB
     * @param quote the words that came with it (the PPID's question, the requester's answer, a reason), or null
     */
    record Happening(Instant at, String when, String event, String text, String quote) {
    }

    record Clarification(String question, Instant askedAt, String askedAtText) {
    }

    /** A ground the requester may object on now, until {@code lastDay} (30 hari kerja after it arose). */
    record GroundOffer(ObjectionGround ground, String letter, String text, LocalDate lastDay, String lastDayText) {
    }

    /**
     * @param answerDeadline the Atasan's 30 hari kerja, with its explanation
     * @param open           the Atasan has not answered yet
     */
    record Objection(String number, ObjectionGround ground, String letter, String groundText, Instant receivedAt,
            String receivedAtText, Deadline answerDeadline, String answerDueText, String answerExplanation,
            boolean open) {
    }
}

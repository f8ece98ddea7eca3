package id.go.cilegon.sigap.command.informationrequest.api;

/**
 * Every code a refused information-request command can carry in its
 * {@link id.go.cilegon.sigap.command.shared.api.RuleViolation}. The codes are stable: the web layer turns them into
 * problem types and looks up the text an officer or citizen reads, so a code is never renamed once shipped.
 *
 * <p>Rules of the law and of the case's state are refusals with a code. A command that could never be valid
 * (no request id, a blank clarification question) fails when it is built, before it reaches the case.
 */
public final class InformationRequestRules {

    /** The requester withdrew the request; nothing more happens to it. */
    public static final String REQUEST_WITHDRAWN = "information-request.request-withdrawn";

    /** The PPID is waiting for the requester's completion or clarification; the case cannot move until it comes. */
    public static final String AWAITING_CLARIFICATION = "information-request.awaiting-clarification";

    /** The extension says the PPID needs more time to answer; asking what the request means comes before that. */
    public static final String CLARIFICATION_AFTER_EXTENSION = "information-request.clarification-after-extension";

    /** The request is closed (or withdrawn): nobody handles it any more. */
    public static final String REQUEST_CLOSED = "information-request.request-closed";

    /** The notice clock has already run out; a question now cannot stop it. */
    public static final String CLARIFICATION_AFTER_DUE_DATE = "information-request.clarification-after-due-date";

    /** An answer to a clarification that nobody asked for. */
    public static final String NO_CLARIFICATION_PENDING = "information-request.no-clarification-pending";

    /** The written notice was sent: the request stage is decided, and there is only one notice. */
    public static final String NOTICE_ALREADY_SENT = "information-request.notice-already-sent";

    /** Only the unit the request was forwarded to may record its input. */
    public static final String UNIT_NOT_ASSIGNED = "information-request.unit-not-assigned";

    /** Pasal 22(8): an extension needs written reasons. */
    public static final String EXTENSION_REASON_MISSING = "information-request.extension-reason-missing";

    /** Pasal 22(8): the extension must be given within the original 10 hari kerja. */
    public static final String EXTENSION_AFTER_DUE_DATE = "information-request.extension-after-due-date";

    /** Pasal 22(8): at most 7 more hari kerja, once. */
    public static final String EXTENSION_ALREADY_USED = "information-request.extension-already-used";

    /** A refusal or partial grant on exemption must name its Pasal 17 ground. */
    public static final String EXEMPTION_GROUND_MISSING = "information-request.exemption-ground-missing";

    /** Pasal 19: an exemption needs a complete consequence test: documents, law, analysis and period. */
    public static final String CONSEQUENCE_TEST_INCOMPLETE = "information-request.consequence-test-incomplete";

    /** Pasal 22(7)(b): pointing the requester elsewhere needs the body that holds the information. */
    public static final String HOLDING_BODY_MISSING = "information-request.holding-body-missing";

    /** Pasal 22(7)(a): whether the information is held must agree with the decision. */
    public static final String NOTICE_CONTRADICTS_HOLDING = "information-request.notice-contradicts-holding";

    /** Pasal 22(7)(d), (f), (g): a grant says what is given, in what form, how it is delivered and what it costs. */
    public static final String GRANT_DETAILS_MISSING = "information-request.grant-details-missing";

    /** Pasal 22(7)(e): blacking out material is a partial grant, never a full one. */
    public static final String REDACTION_IN_FULL_GRANT = "information-request.redaction-in-full-grant";

    /** No information was granted, or it was already handed over. */
    public static final String NOTHING_TO_DELIVER = "information-request.nothing-to-deliver";

    /** Only information a written notice granted is released to the requester, and not once they withdrew. */
    public static final String NOTHING_GRANTED_TO_RELEASE = "information-request.nothing-granted-to-release";

    /** A file is released once; a second release of the same stored file is refused. */
    public static final String DOCUMENT_ALREADY_RELEASED = "information-request.document-already-released";

    /** At most {@code MAX_RELEASED_DOCUMENTS} files are released at a time. */
    public static final String TOO_MANY_DOCUMENTS = "information-request.too-many-documents";

    /** Only a file released and not yet withdrawn can be withdrawn. */
    public static final String DOCUMENT_NOT_RELEASED = "information-request.document-not-released";

    /** Taking a released file back needs the reason, which the requester reads. */
    public static final String DOCUMENT_WITHDRAWAL_REASON_MISSING =
            "information-request.document-withdrawal-reason-missing";

    /** How many files a request may have released at once. */
    public static final int MAX_RELEASED_DOCUMENTS = 10;

    /** A date the officer entered lies after today. */
    public static final String DATE_IN_THE_FUTURE = "information-request.date-in-the-future";

    /** A request is closed only after its written notice. */
    public static final String CLOSING_WITHOUT_NOTICE = "information-request.closing-without-notice";

    /** Granted information must be handed over before the request is closed. */
    public static final String CLOSING_BEFORE_DELIVERY = "information-request.closing-before-delivery";

    /** A keberatan waits for the Atasan's answer. */
    public static final String CLOSING_DURING_OBJECTION = "information-request.closing-during-objection";

    /** A sengketa has not reached a final stage. */
    public static final String CLOSING_DURING_DISPUTE = "information-request.closing-during-dispute";

    /** A closed request cannot be withdrawn. */
    public static final String WITHDRAWAL_AFTER_CLOSING = "information-request.withdrawal-after-closing";

    /** Once a keberatan is filed the request stage is over; only the keberatan goes on. */
    public static final String WITHDRAWAL_AFTER_OBJECTION = "information-request.withdrawal-after-objection";

    /** A missed notice deadline is recorded only once the due date has passed. */
    public static final String NOTICE_DEADLINE_NOT_PASSED = "information-request.notice-deadline-not-passed";

    /** Pasal 35(1): the chosen ground has not arisen in this case (yet). */
    public static final String OBJECTION_GROUND_NOT_AVAILABLE = "information-request.objection-ground-not-available";

    /** Pasal 36(1): a keberatan is filed within 30 hari kerja after its ground arose. */
    public static final String OBJECTION_OUTSIDE_WINDOW = "information-request.objection-outside-window";

    /** One keberatan at a time: the Atasan answers the open one first. */
    public static final String OBJECTION_ALREADY_OPEN = "information-request.objection-already-open";

    /** There is no keberatan waiting for an answer. */
    public static final String NO_OPEN_OBJECTION = "information-request.no-open-objection";

    /** Pasal 36(2): upholding the PPID's decision needs written reasons. */
    public static final String OBJECTION_REJECTION_WITHOUT_REASONS =
            "information-request.objection-rejection-without-reasons";

    /** Pasal 35(2): only grounds b–g may be settled by agreement. */
    public static final String SETTLEMENT_NOT_AVAILABLE = "information-request.settlement-not-available";

    /** A missed answer deadline is recorded only once the Atasan's due date has passed. */
    public static final String OBJECTION_ANSWER_DEADLINE_NOT_PASSED =
            "information-request.objection-answer-deadline-not-passed";

    /** Pasal 37: a sengketa follows a keberatan. */
    public static final String DISPUTE_WITHOUT_OBJECTION = "information-request.dispute-without-objection";

    /** Pasal 37: a sengketa follows the Atasan's answer, or the lapse of the 30 hari kerja the Atasan had. */
    public static final String DISPUTE_BEFORE_OBJECTION_ANSWER = "information-request.dispute-before-objection-answer";

    /** Pasal 37(2): a sengketa is filed within 14 hari kerja of the answer (or of its lapse). */
    public static final String DISPUTE_OUTSIDE_WINDOW = "information-request.dispute-outside-window";

    /** The latest keberatan already went to the Komisi Informasi. */
    public static final String DISPUTE_ALREADY_FILED = "information-request.dispute-already-filed";

    /** There is no sengketa to record a stage for. */
    public static final String NO_DISPUTE = "information-request.no-dispute";

    /** A sengketa moves only along {@link DisputeStage#next()}. */
    public static final String DISPUTE_STAGE_NOT_ALLOWED = "information-request.dispute-stage-not-allowed";

    /** A stage cannot be reached before the stage it follows. */
    public static final String DISPUTE_STAGE_DATE_BEFORE_PREVIOUS =
            "information-request.dispute-stage-date-before-previous";

    private InformationRequestRules() {
    }
}

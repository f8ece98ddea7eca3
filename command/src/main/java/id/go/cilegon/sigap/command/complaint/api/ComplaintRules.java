package id.go.cilegon.sigap.command.complaint.api;

/**
 * Every code a refused complaint command can carry in its
 * {@link id.go.cilegon.sigap.command.shared.api.RuleViolation}. The codes are stable: the web layer turns them into
 * problem types and looks up the text an officer or citizen reads.
 */
public final class ComplaintRules {

    /** The complaint is closed, rejected, merged or converted: nothing more happens to it. */
    public static final String COMPLAINT_CLOSED = "complaint.complaint-closed";

    /** Only a complaint still in verification can be asked about, verified, rejected, merged or converted. */
    public static final String NOT_IN_VERIFICATION = "complaint.not-in-verification";

    /** The verifier already asked the complainant and waits for the answer. */
    public static final String AWAITING_COMPLAINANT = "complaint.awaiting-complainant";

    /** An answer nobody asked for. */
    public static final String NO_QUESTION_PENDING = "complaint.no-question-pending";

    /** Not the city's authority: the rejection names the body that is. */
    public static final String REFERRAL_MISSING = "complaint.referral-missing";

    /** A complaint cannot be merged into itself. */
    public static final String MERGE_INTO_ITSELF = "complaint.merge-into-itself";

    /** The complaint to merge into is itself closed, rejected, merged or converted. */
    public static final String ORIGINAL_NOT_OPEN = "complaint.original-not-open";

    /** An anonymous complaint cannot become a permohonan: UU KIP requires the requester's identity. */
    public static final String ANONYMOUS_CONVERSION = "complaint.anonymous-conversion";

    /** A disposition comes after verification and before the answer. */
    public static final String NOT_DISPOSABLE = "complaint.not-disposable";

    /** Every unit named already has the complaint. */
    public static final String ALREADY_DISPOSED = "complaint.already-disposed";

    /** The unit has no disposition of this complaint waiting for its acceptance. */
    public static final String NO_PENDING_DISPOSITION = "complaint.no-pending-disposition";

    /** Only a unit that accepted the complaint (and did not return it) records follow-ups and answers. */
    public static final String UNIT_NOT_HANDLING = "complaint.unit-not-handling";

    /** The answer is already with the complainant; the next step is theirs. */
    public static final String ALREADY_ANSWERED = "complaint.already-answered";

    /** A verdict answers an answer: there is none waiting for one. */
    public static final String NO_ANSWER_TO_RATE = "complaint.no-answer-to-rate";

    /** A rating is a whole number from 1 to 5. */
    public static final String RATING_OUT_OF_RANGE = "complaint.rating-out-of-range";

    /** "Not satisfied" says why, so the unit knows what to do again. */
    public static final String COMMENT_MISSING = "complaint.comment-missing";

    /** The complainant still has time for a verdict. */
    public static final String FEEDBACK_PERIOD_NOT_OVER = "complaint.feedback-period-not-over";

    /** A missed deadline is recorded only once its due date has passed. */
    public static final String DEADLINE_NOT_PASSED = "complaint.deadline-not-passed";

    private ComplaintRules() {
    }
}

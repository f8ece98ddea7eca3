package id.go.cilegon.sigap.command.informationlist.api;

import java.time.Period;

/**
 * Every code a refused command on the PPID's lists can carry in its
 * {@link id.go.cilegon.sigap.command.shared.api.RuleViolation}; stable, looked up for the officer's text.
 */
public final class InformationListRules {

    /** How long before its exemption ends the PPID is reminded to test the information again. */
    public static final Period REVIEW_LEAD = Period.ofDays(30);

    /** UU KIP Pasal 9: periodic information is provided anew at least every six months. */
    public static final Period REFRESH_PERIOD = Period.ofMonths(6);

    /** Withdrawn from the lists: nothing more happens to it. */
    public static final String WITHDRAWN = "information-list.withdrawn";

    /** Lifting, reminders and the end of an exemption concern exempt information only. */
    public static final String NOT_EXEMPT = "information-list.not-exempt";

    /** Pasal 19: no exemption without a consequence test covering every element (documents, law, analysis, period). */
    public static final String INCOMPLETE_TEST = "information-list.incomplete-consequence-test";

    /** A decision is recorded once it was taken, not before. */
    public static final String DECIDED_IN_FUTURE = "information-list.decided-in-future";

    /** The decision's period has already run out: the information is open again, not exempt. */
    public static final String ALREADY_ENDED = "information-list.exemption-already-ended";

    /** The reminder or the end of an exemption is recorded only once its day has come. */
    public static final String NOT_DUE = "information-list.not-due";

    private InformationListRules() {
    }
}

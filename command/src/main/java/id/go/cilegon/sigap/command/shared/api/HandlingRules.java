package id.go.cilegon.sigap.command.shared.api;

/**
 * The refusal codes of {@link id.go.cilegon.sigap.command.shared.handling.CaseHandling}: who handles an open case
 * and whether it went up to the Atasan PPID, the same for every kind of case. Stable, as every rule code is.
 */
public final class HandlingRules {

    /** The officer named already handles the case, and it was not escalated since. */
    public static final String HANDLER_UNCHANGED = "case.handler-unchanged";

    /** The case already waits for the Atasan PPID; whoever takes it on assigns a handler, and that ends it. */
    public static final String ALREADY_ESCALATED = "case.already-escalated";

    private HandlingRules() {
    }
}

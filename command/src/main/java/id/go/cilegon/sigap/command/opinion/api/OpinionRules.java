package id.go.cilegon.sigap.command.opinion.api;

/** Every code a refused opinion correction can carry; stable, looked up for the officer's text. */
public final class OpinionRules {

    /** The correction says what the last one already said. */
    public static final String UNCHANGED = "opinion.unchanged";

    private OpinionRules() {
    }
}

package id.go.cilegon.sigap.command.personaldata.api;

/** Every code a refused data-subject request can carry; stable, looked up for the admin's text. */
public final class PersonalDataRules {

    /** The request names nobody: there is nothing to export or erase. */
    public static final String NOBODY = "personal-data.nobody";

    /** This request's people were erased already; there is nothing left to hand out or erase. */
    public static final String ALREADY_ERASED = "personal-data.already-erased";

    private PersonalDataRules() {
    }
}

package id.go.cilegon.sigap.command.informationrequest.api;

/**
 * The periods UU KIP sets for a request, its keberatan and its sengketa, in hari kerja (domain brief §1.11): the
 * aggregate's clocks, and the figures the service charter announces.
 */
public final class KipDeadlines {

    /** Pasal 22(7): the written notice is due within ten working days of receipt. */
    public static final int NOTICE = 10;
    /** Pasal 22(8): at most seven more working days, once. */
    public static final int EXTENSION = 7;
    /** Pasal 36(1): a keberatan within thirty working days after its ground arose. */
    public static final int OBJECTION_WINDOW = 30;
    /** Pasal 36(2): the Atasan answers within thirty working days after receiving the keberatan. */
    public static final int OBJECTION_ANSWER = 30;
    /** Pasal 37(2): a sengketa within fourteen working days after the Atasan's answer. */
    public static final int DISPUTE_WINDOW = 14;

    private KipDeadlines() {
    }
}

package id.go.cilegon.sigap.command.informationrequest.api;

/**
 * What a <i>pemberitahuan tertulis</i> decides (UU KIP Pasal 22(7)(a)–(c); domain brief §1.4). Each decision is
 * also the request's status once the notice is sent, so the names match {@link InformationRequestStatus}.
 */
public enum NoticeDecision {
    /** Granted in full. */
    DIKABULKAN_SELURUHNYA,
    /** Granted in part; the rest is exempt under Pasal 17, withheld or blacked out. */
    DIKABULKAN_SEBAGIAN,
    /** Refused: the information is exempt under Pasal 17, after a consequence test. */
    DITOLAK_DIKECUALIKAN,
    /** Refused: the body does not hold the information yet (Pasal 6(3)(e)). */
    DITOLAK_BELUM_DIKUASAI,
    /** Refused: the information has not been documented yet (Pasal 6(3)(e)). */
    DITOLAK_BELUM_DIDOKUMENTASIKAN,
    /** Not held here; the requester is pointed to the body that holds it (Pasal 22(7)(a)–(b)). */
    TIDAK_DIKUASAI_DIARAHKAN;

    /** Some information will be given, so the notice says what, how, and at what cost (Pasal 22(7)(d), (f), (g)). */
    public boolean grantsInformation() {
        return this == DIKABULKAN_SELURUHNYA || this == DIKABULKAN_SEBAGIAN;
    }

    /** Something is withheld under Pasal 17, so the notice needs the ground and the consequence test (Pasal 19). */
    public boolean restsOnExemption() {
        return this == DIKABULKAN_SEBAGIAN || this == DITOLAK_DIKECUALIKAN;
    }

    /** The request's status once a notice with this decision is sent. */
    public InformationRequestStatus status() {
        return switch (this) {
            case DIKABULKAN_SELURUHNYA -> InformationRequestStatus.DIKABULKAN_SELURUHNYA;
            case DIKABULKAN_SEBAGIAN -> InformationRequestStatus.DIKABULKAN_SEBAGIAN;
            case DITOLAK_DIKECUALIKAN -> InformationRequestStatus.DITOLAK_DIKECUALIKAN;
            case DITOLAK_BELUM_DIKUASAI -> InformationRequestStatus.DITOLAK_BELUM_DIKUASAI;
            case DITOLAK_BELUM_DIDOKUMENTASIKAN -> InformationRequestStatus.DITOLAK_BELUM_DIDOKUMENTASIKAN;
            case TIDAK_DIKUASAI_DIARAHKAN -> InformationRequestStatus.TIDAK_DIKUASAI_DIARAHKAN;
        };
    }
}

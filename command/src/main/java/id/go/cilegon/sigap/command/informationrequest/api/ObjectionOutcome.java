package id.go.cilegon.sigap.command.informationrequest.api;

/** How the Atasan PPID answered a keberatan in writing (UU KIP Pasal 36(2)). */
public enum ObjectionOutcome {
    /** The objection succeeds: the PPID's decision is overturned (<i>keberatan diterima</i>). */
    UPHELD,
    /** The objection fails: the PPID's decision stands, with written reasons (<i>keberatan ditolak</i>). */
    REJECTED,
    /** The parties settled it by agreement (<i>musyawarah</i>), possible for grounds b–g only (Pasal 35(2)). */
    SETTLED_BY_AGREEMENT;

    /** The request's status once the answer is given, in the register's words (domain brief §1.12). */
    public InformationRequestStatus status() {
        return switch (this) {
            case UPHELD -> InformationRequestStatus.DITERIMA_ATASAN;
            case REJECTED -> InformationRequestStatus.DITOLAK_ATASAN;
            case SETTLED_BY_AGREEMENT -> InformationRequestStatus.SELESAI_MUSYAWARAH;
        };
    }
}

package id.go.cilegon.sigap.query.notification.api;

/** What happened that an officer must act on or know about. */
public enum NotificationKind {
    /** The written notice's due date passed without a notice (UU KIP Pasal 22(7)). */
    NOTICE_DEADLINE_MISSED,
    /** A keberatan reached the Atasan PPID (Pasal 35–36). */
    OBJECTION_FILED,
    /** The Atasan PPID's 30 hari kerja passed without an answer (Pasal 36(2)). */
    OBJECTION_ANSWER_DEADLINE_MISSED,
    /** The requester completed the request; the clock runs again. */
    CLARIFICATION_PROVIDED,
    /** The request was forwarded to a unit's PPID Pelaksana. */
    REQUEST_FORWARDED,
    /** The unit's PPID Pelaksana gave its answer or input. */
    UNIT_INPUT_RECORDED
}

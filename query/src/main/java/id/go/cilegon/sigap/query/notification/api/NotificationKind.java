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
    UNIT_INPUT_RECORDED,
    /** A new complaint waits for verification. */
    COMPLAINT_RECEIVED,
    /** The complainant answered the verifier's question; the verification clock runs again. */
    COMPLAINANT_ANSWERED,
    /** A complaint's 3 hari kerja for verification passed. */
    VERIFICATION_DEADLINE_MISSED,
    /** A complaint was passed to the unit. */
    COMPLAINT_DISPOSED,
    /** A unit returned a complaint to the verifier. */
    DISPOSITION_RETURNED,
    /** A unit's follow-up due date passed without a follow-up. */
    FOLLOW_UP_DEADLINE_MISSED,
    /** The complainant was not satisfied; the complaint is open again. */
    COMPLAINT_REOPENED,
    /** A supervisor or the Atasan PPID gave the case to this officer. */
    CASE_ASSIGNED,
    /** The PPID put the case before the Atasan PPID. */
    CASE_ESCALATED,
    /** Negative opinion on a topic or in a kecamatan spiked above its baseline. */
    OPINION_SPIKE,
    /** A media issue was triaged as a crisis. */
    MEDIA_CRISIS,
    /** The media officer asks the unit for its facts on a media issue, by a due time. */
    MEDIA_CLARIFICATION_REQUESTED,
    /** A unit gave its facts on a media issue. */
    MEDIA_CLARIFICATION_RECEIVED,
    /** A response to a media issue waits for approval. */
    MEDIA_RESPONSE_SUBMITTED,
    /** The response was approved and may go out. */
    MEDIA_RESPONSE_APPROVED,
    /** The response came back for revision. */
    MEDIA_RESPONSE_REJECTED,
    /** A media issue's triage or response was not done by its due date. */
    MEDIA_DEADLINE_MISSED,
    /** An exemption ends soon: the information is to be tested again before then (UU KIP Pasal 19–20). */
    EXEMPTION_REVIEW_DUE,
    /** An exemption's period ran out: the information is open again. */
    EXEMPTION_ENDED
}

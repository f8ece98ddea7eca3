package id.go.cilegon.sigap.command.informationrequest.api;

/**
 * What a request for completion or clarification (<i>kelengkapan</i>) does to the 10 hari kerja notice clock. UU
 * KIP counts from receipt and says nothing about incomplete requests; PPIDs differ, so the policy is configuration
 * (one value per installation, injected into the aggregate) and every answer records the policy it was counted
 * under. ADR 0006 explains the default.
 */
public enum ClarificationPolicy {

    /**
     * The clock stops while the requester owes an answer: the due date moves by the hari kerja the case waited.
     * The days already counted stay counted.
     */
    PAUSE,

    /** The clock starts again: the notice is due 10 hari kerja after the answer, as if the request arrived then. */
    RESTART
}

package id.go.cilegon.sigap.command.informationrequest.api;

import java.util.List;

/**
 * The content of the <i>pemberitahuan tertulis</i>, point by point as UU KIP Pasal 22(7)(a)–(g) lists it, so the
 * notice document can be rendered from the event alone and the register can be filled from it. Which points a
 * notice needs depends on its decision; the aggregate checks that, not this value, because the notice is stored
 * as sent.
 *
 * @param informationHeld  (a) whether the information is under the body's control
 * @param holdingBody      (b) the body that holds it, when this one does not and knows who does; else {@code null}
 * @param decision         (c) granted, partly granted, or refused and why
 * @param exemptionGrounds (c) the Pasal 17 letters a refusal or partial grant rests on; empty otherwise
 * @param consequenceTest  the consequence test behind those grounds (Pasal 19); {@code null} when none is needed
 * @param informationGiven (d) what will be given, when anything is granted
 * @param redactions       (e) what is blacked out, and why; empty when nothing is
 * @param obtainMethod     (f) the form the information is given in (to see, or as a soft or hard copy)
 * @param format           (f) the file or paper format, e.g. "PDF, 12 halaman"
 * @param deliveryMethod   (f) how it reaches the requester
 * @param cost             (g) the cost and how to pay it
 * @param templateVersion  the version of the notice template the document is rendered with, so a notice once sent
 *                         reads the same even after the template changes
 */
public record WrittenNotice(
        boolean informationHeld,
        String holdingBody,
        NoticeDecision decision,
        List<ExemptionGround> exemptionGrounds,
        ConsequenceTest consequenceTest,
        String informationGiven,
        List<Redaction> redactions,
        ObtainMethod obtainMethod,
        String format,
        DeliveryMethod deliveryMethod,
        Cost cost,
        String templateVersion) {

    public WrittenNotice {
        exemptionGrounds = exemptionGrounds == null ? List.of() : List.copyOf(exemptionGrounds);
        redactions = redactions == null ? List.of() : List.copyOf(redactions);
    }
}

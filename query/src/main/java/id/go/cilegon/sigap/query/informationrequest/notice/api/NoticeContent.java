package id.go.cilegon.sigap.query.informationrequest.notice.api;

import id.go.cilegon.sigap.command.informationrequest.api.Cost;
import id.go.cilegon.sigap.command.informationrequest.api.DeliveryMethod;
import id.go.cilegon.sigap.command.informationrequest.api.ExemptionGround;
import id.go.cilegon.sigap.command.informationrequest.api.NoticeDecision;
import id.go.cilegon.sigap.command.informationrequest.api.ObtainMethod;
import id.go.cilegon.sigap.command.informationrequest.api.Redaction;
import id.go.cilegon.sigap.command.informationrequest.api.WrittenNotice;
import java.util.List;

/**
 * The points (a)–(g) of UU KIP Pasal 22(7) as the notice was sent, in a form the read-model store can hold: the
 * same as {@link WrittenNotice} except the consequence test, whose period is kept as ISO-8601 text.
 */
public record NoticeContent(
        boolean informationHeld,
        String holdingBody,
        NoticeDecision decision,
        List<ExemptionGround> exemptionGrounds,
        ConsequenceTestSheet consequenceTest,
        String informationGiven,
        List<Redaction> redactions,
        ObtainMethod obtainMethod,
        String format,
        DeliveryMethod deliveryMethod,
        Cost cost,
        String templateVersion) {

    public NoticeContent {
        exemptionGrounds = exemptionGrounds == null ? List.of() : List.copyOf(exemptionGrounds);
        redactions = redactions == null ? List.of() : List.copyOf(redactions);
    }

    public static NoticeContent of(WrittenNotice notice) {
        return new NoticeContent(notice.informationHeld(), notice.holdingBody(), notice.decision(),
                notice.exemptionGrounds(), ConsequenceTestSheet.of(notice.consequenceTest()),
                notice.informationGiven(), notice.redactions(), notice.obtainMethod(), notice.format(),
                notice.deliveryMethod(), notice.cost(), notice.templateVersion());
    }
}

package id.go.cilegon.sigap.webapp.informationrequest.notice;

import id.go.cilegon.sigap.command.informationrequest.api.Cost;
import id.go.cilegon.sigap.command.informationrequest.api.NoticeDecision;
import id.go.cilegon.sigap.command.informationrequest.api.WrittenNotice;
import id.go.cilegon.sigap.query.informationrequest.notice.api.DeliveryReceipt;
import id.go.cilegon.sigap.query.informationrequest.notice.api.NoticeDocument;
import id.go.cilegon.sigap.webapp.shared.documents.DocumentFormat;
import java.time.Period;

/**
 * What a printed document shows, formatted the Indonesian way: the read model's data plus the dates, times and
 * amounts as the letter writes them and the name of the officer who signs.
 *
 * @param notice       the points (a)–(g) as sent
 * @param delivery     the hand-over, or {@code null} (only the receipt needs it)
 * @param signedBy     the display name of the officer who sent the notice (or recorded the hand-over)
 * @param mayObject    whether the letter tells the requester of the keberatan: the request was not granted in
 *                     full, or the notice came late (UU KIP Pasal 35(1))
 */
record Letter(
        NoticeDocument request,
        WrittenNotice notice,
        DeliveryReceipt delivery,
        String receivedOn,
        String sentOn,
        String sentTime,
        String dueOn,
        String deliveredOn,
        String deliveredTime,
        String cost,
        Period exemptionPeriod,
        String signedBy,
        boolean mayObject) {

    static Letter of(NoticeDocument request, String signedBy, DocumentFormat format) {
        WrittenNotice notice = request.notice().content();
        DeliveryReceipt delivery = request.delivery();
        Cost cost = notice.cost();
        return new Letter(request, notice, delivery,
                format.date(request.receivedAt()),
                format.date(request.notice().sentAt()),
                format.time(request.notice().sentAt()),
                format.date(request.notice().dueDate()),
                delivery == null ? null : format.date(delivery.deliveredAt()),
                delivery == null ? null : format.time(delivery.deliveredAt()),
                cost == null ? null : DocumentFormat.rupiah(cost.rupiah()),
                notice.consequenceTest() == null ? null : notice.consequenceTest().exemptionPeriod(),
                signedBy,
                notice.decision() != NoticeDecision.DIKABULKAN_SELURUHNYA || request.notice().late());
    }

    /** Something is withheld under Pasal 17, so the letter names the ground and the consequence test. */
    public boolean restsOnExemption() {
        return notice.decision().restsOnExemption();
    }

    public boolean grantsInformation() {
        return notice.decision().grantsInformation();
    }
}

package id.go.cilegon.sigap.query.informationrequest.casefile;

import id.go.cilegon.sigap.command.informationrequest.api.DeliveryMethod;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestId;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestStatus;
import id.go.cilegon.sigap.command.informationrequest.api.ObjectionGrounds;
import id.go.cilegon.sigap.command.informationrequest.api.ObtainMethod;
import id.go.cilegon.sigap.command.informationrequest.api.Proxy;
import id.go.cilegon.sigap.command.informationrequest.api.ReleasedDocument;
import id.go.cilegon.sigap.command.informationrequest.api.Requester;
import id.go.cilegon.sigap.command.informationrequest.api.WrittenNotice;
import id.go.cilegon.sigap.command.shared.api.Channel;
import id.go.cilegon.sigap.command.shared.api.UnitId;
import id.go.cilegon.sigap.command.shared.api.calendar.Deadline;
import id.go.cilegon.sigap.query.informationrequest.api.CaseFile;
import id.go.cilegon.sigap.query.informationrequest.api.CaseFile.AvailableGround;
import id.go.cilegon.sigap.query.informationrequest.api.CaseFile.DisputeFile;
import id.go.cilegon.sigap.query.informationrequest.api.CaseFile.ObjectionFile;
import id.go.cilegon.sigap.query.informationrequest.api.CaseFile.PendingClarification;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.bson.codecs.pojo.annotations.BsonId;

/**
 * A request's case file as stored: the {@link CaseFile} without the keberatan grounds, which are derived when read
 * because they follow from the stored facts by {@link ObjectionGrounds}. Field names are the update paths the
 * projection sets; {@code documents} is absent from files stored before files were released, and read as none.
 */
public record CaseFileDocument(
        @BsonId String requestId,
        String registrationNumber,
        InformationRequestStatus status,
        Channel channel,
        Instant receivedAt,
        Requester requester,
        Proxy proxy,
        String informationRequested,
        String purpose,
        ObtainMethod obtainMethod,
        DeliveryMethod deliveryMethod,
        Deadline noticeDeadline,
        boolean extended,
        PendingClarification clarification,
        UnitId forwardedTo,
        String forwardInstruction,
        WrittenNotice notice,
        Instant noticeSentAt,
        boolean noticeLate,
        boolean noticeDeadlineMissed,
        boolean deliveryOwed,
        Instant lastDeliveredAt,
        List<ReleasedDocument> documents,
        ObjectionFile objection,
        DisputeFile dispute,
        String convertedFromComplaint,
        long lastSequence) {

    static CaseFileDocument registered(InformationRequestId requestId, String registrationNumber, Channel channel,
            Instant receivedAt, Requester requester, Proxy proxy, String informationRequested, String purpose,
            ObtainMethod obtainMethod, DeliveryMethod deliveryMethod, Deadline noticeDeadline, long sequence) {
        return new CaseFileDocument(requestId.value(), registrationNumber, InformationRequestStatus.DITERIMA,
                channel, receivedAt, requester, proxy, informationRequested, purpose, obtainMethod, deliveryMethod,
                noticeDeadline, false, null, null, null, null, null, false, false, false, null, List.of(), null, null,
                null, sequence);
    }

    /** @param zone the office's time zone: a ground about lateness arises at the start of the due date there */
    CaseFile toView(ZoneId zone) {
        return new CaseFile(requestId, registrationNumber, status, channel, receivedAt, requester, proxy,
                informationRequested, purpose, obtainMethod, deliveryMethod, noticeDeadline, extended, clarification,
                forwardedTo, forwardInstruction, notice, noticeSentAt, noticeLate, noticeDeadlineMissed, deliveryOwed,
                lastDeliveredAt, documents == null ? List.of() : documents, objection, dispute, objectionGrounds(zone),
                convertedFromComplaint, lastSequence);
    }

    /** No keberatan can be filed while one is open, nor on a withdrawn request. */
    private List<AvailableGround> objectionGrounds(ZoneId zone) {
        if (status == InformationRequestStatus.DIBATALKAN || (objection != null && objection.open())) {
            return List.of();
        }
        ObjectionGrounds grounds = new ObjectionGrounds(notice == null ? null : notice.decision(), noticeSentAt,
                notice != null && notice.cost() != null && notice.cost().chargesSomething(),
                noticeLate || noticeDeadlineMissed, noticeLate,
                noticeDeadline.dueDate().atStartOfDay(zone).toInstant(), lastDeliveredAt);
        return grounds.arisen().entrySet().stream()
                .map(arisen -> new AvailableGround(arisen.getKey(), arisen.getValue()))
                .toList();
    }
}

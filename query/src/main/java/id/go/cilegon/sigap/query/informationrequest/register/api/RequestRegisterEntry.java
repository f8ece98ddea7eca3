package id.go.cilegon.sigap.query.informationrequest.register.api;

import id.go.cilegon.sigap.command.informationrequest.api.DeliveryMethod;
import id.go.cilegon.sigap.command.informationrequest.api.ExemptionGround;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestStatus;
import id.go.cilegon.sigap.command.informationrequest.api.NoticeDecision;
import id.go.cilegon.sigap.command.informationrequest.api.ObtainMethod;
import id.go.cilegon.sigap.command.shared.api.Channel;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.bson.codecs.pojo.annotations.BsonId;

/**
 * One line of the <i>Register Permohonan Informasi Publik</i> (domain brief §2.5), as the events fill it. The
 * requester's identity is held for officers only; {@link #withoutPersonalData()} is the line the public register
 * shows. The number of hari kerja to the notice is not stored: the dates are, and hari kerja are counted from them
 * with the calendar in force.
 *
 * @param year                  the year of registration (the effective receipt date, as in the number)
 * @param requesterName         {@code null} once the requester was erased, and in the public version
 * @param contact               phone and/or e-mail; {@code null} as the name is
 * @param proxyName             the kuasa who filed for the requester, or {@code null}
 * @param purpose               the purpose of use, as the requester wrote it; free text, so officers only
 * @param noticeDue             the current due date of the written notice (moved by an extension or a clarification)
 * @param decision              the written notice's decision, {@code null} until it is sent
 * @param informationHeld       (Pasal 22(7)(a)) whether the body holds the information; {@code null} until the notice
 * @param holdingBody           the body that holds it, when the requester was pointed there
 * @param exemptionGrounds      the Pasal 17 letters a refusal or partial grant rests on
 * @param givenAs               the form the information is given in, as the notice says
 * @param costRupiah            the cost the notice names, {@code null} when it names none
 * @param noticeLate            the notice was sent after its due date
 * @param noticeDeadlineMissed  the breach of the due date is on record
 * @param deliveredAt           the latest handing over of the information
 * @param closedAt              when the PPID closed the request, if it did
 * @param withdrawnAt           when the requester withdrew it, if they did
 * @param unit                  the code of the unit whose PPID Pelaksana it was last forwarded to, or {@code null}
 */
public record RequestRegisterEntry(
        @BsonId String requestId,
        int year,
        String registrationNumber,
        Instant receivedAt,
        Channel channel,
        String requesterName,
        String requesterAddress,
        String contact,
        String requesterOccupation,
        String proxyName,
        String informationRequested,
        String purpose,
        ObtainMethod obtainMethod,
        DeliveryMethod deliveryMethod,
        LocalDate noticeDue,
        boolean noticeDeadlineExtended,
        NoticeDecision decision,
        Boolean informationHeld,
        String holdingBody,
        List<ExemptionGround> exemptionGrounds,
        ObtainMethod givenAs,
        String format,
        Long costRupiah,
        String costHowToPay,
        Instant noticeSentAt,
        boolean noticeLate,
        boolean noticeDeadlineMissed,
        Instant deliveredAt,
        InformationRequestStatus status,
        Instant closedAt,
        Instant withdrawnAt,
        String unit) {

    public RequestRegisterEntry {
        exemptionGrounds = exemptionGrounds == null ? List.of() : List.copyOf(exemptionGrounds);
    }

    /**
     * The line for the public register: no name, address, contact, occupation or proxy, and no purpose of use,
     * which is the requester's own free text and may name people. What was asked and how it was answered stay.
     */
    public RequestRegisterEntry withoutPersonalData() {
        return new RequestRegisterEntry(requestId, year, registrationNumber, receivedAt, channel, null, null, null,
                null, null, informationRequested, null, obtainMethod, deliveryMethod, noticeDue,
                noticeDeadlineExtended, decision, informationHeld, holdingBody, exemptionGrounds, givenAs, format,
                costRupiah, costHowToPay, noticeSentAt, noticeLate, noticeDeadlineMissed, deliveredAt, status,
                closedAt, withdrawnAt, unit);
    }
}

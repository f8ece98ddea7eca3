package id.go.cilegon.sigap.command.informationrequest.api;

import id.go.cilegon.sigap.command.shared.api.Channel;
import id.go.cilegon.sigap.command.shared.api.OfficerId;
import id.go.cilegon.sigap.command.shared.api.calendar.Deadline;
import id.go.cilegon.sigap.command.shared.api.personaldata.PersonalData;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A keberatan was registered in the <i>register keberatan</i> with its own number; the Atasan PPID's 30 hari kerja
 * run from its receipt (UU KIP Pasal 36(2)).
 *
 * @param groundAroseOn  the day the ground arose, from which the requester's 30 hari kerja were counted
 * @param enteredBy      the officer who entered it, or {@code null} when the requester filed online
 * @param receivedAt     when the agency received it, which is when it was entered
 * @param answerDeadline the Atasan's answer due date
 */
public record ObjectionFiled(
        InformationRequestId requestId,
        ObjectionNumber objectionNumber,
        ObjectionGround ground,
        String caseSummary,
        PersonalData<Proxy> proxy,
        Channel channel,
        OfficerId enteredBy,
        Instant receivedAt,
        LocalDate groundAroseOn,
        Deadline answerDeadline) implements InformationRequestEvent {
}

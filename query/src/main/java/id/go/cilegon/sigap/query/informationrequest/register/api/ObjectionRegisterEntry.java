package id.go.cilegon.sigap.query.informationrequest.register.api;

import id.go.cilegon.sigap.command.informationrequest.api.DisputeStage;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestStatus;
import id.go.cilegon.sigap.command.informationrequest.api.ObjectionGround;
import id.go.cilegon.sigap.command.informationrequest.api.ObjectionOutcome;
import id.go.cilegon.sigap.command.shared.api.Channel;
import java.time.Instant;
import java.time.LocalDate;
import org.bson.codecs.pojo.annotations.BsonId;

/**
 * One line of the <i>Register Keberatan</i> (Panduan Umum PPID 2021, columns a–k; domain brief §2.6). The
 * requester's identity is copied from the request's line when the keberatan is filed; {@link #withoutPersonalData()}
 * is the line the public register shows.
 *
 * @param year                  the year of receipt, as in the keberatan's number
 * @param requesterName         {@code null} once the requester was erased, and in the public version
 * @param proxyName             the kuasa who filed the keberatan, or {@code null}
 * @param caseSummary           the <i>kasus posisi</i>; free text, so officers only
 * @param answerDue             the Atasan PPID's due date (30 hari kerja)
 * @param outcome               the Atasan's answer, {@code null} while it is awaited
 * @param reasons               the Atasan's written reasons; officers only
 * @param answeredBy            the Atasan's user name; officers only
 * @param answerDeadlineMissed  the Atasan's due date passed without an answer, on record
 * @param disputeStage          the latest stage of the sengketa, {@code null} when none was filed
 * @param disputeStageOutcome   what the KI or the court decided at that stage, in its words; officers only
 * @param status                the keberatan's standing, in the request's status words: {@code KEBERATAN_DIAJUKAN},
 *                              the Atasan's outcome, or {@code SENGKETA_DIAJUKAN}
 */
public record ObjectionRegisterEntry(
        @BsonId String objectionNumber,
        String requestId,
        int year,
        String requestNumber,
        Instant receivedAt,
        Channel channel,
        String requesterName,
        String requesterAddress,
        String requesterOccupation,
        String proxyName,
        String informationRequested,
        String purpose,
        ObjectionGround ground,
        String caseSummary,
        LocalDate groundAroseOn,
        LocalDate answerDue,
        ObjectionOutcome outcome,
        String reasons,
        String answeredBy,
        Instant answeredAt,
        boolean answeredLate,
        boolean answerDeadlineMissed,
        String disputeCommission,
        String disputeCaseNumber,
        LocalDate disputeFiledOn,
        DisputeStage disputeStage,
        LocalDate disputeStageReachedOn,
        String disputeStageOutcome,
        InformationRequestStatus status) {

    /**
     * The line for the public register: no identity, no proxy, and none of the free text that may name people
     * (purpose, kasus posisi, the Atasan's reasons, the KI's wording); nor the Atasan's account name.
     */
    public ObjectionRegisterEntry withoutPersonalData() {
        return new ObjectionRegisterEntry(objectionNumber, requestId, year, requestNumber, receivedAt, channel, null,
                null, null, null, informationRequested, null, ground, null, groundAroseOn, answerDue, outcome, null,
                null, answeredAt, answeredLate, answerDeadlineMissed, disputeCommission, disputeCaseNumber,
                disputeFiledOn, disputeStage, disputeStageReachedOn, null, status);
    }
}

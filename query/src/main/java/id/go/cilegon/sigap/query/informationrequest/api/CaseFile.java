package id.go.cilegon.sigap.query.informationrequest.api;

import id.go.cilegon.sigap.command.informationrequest.api.DeliveryMethod;
import id.go.cilegon.sigap.command.informationrequest.api.DisputeStage;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestStatus;
import id.go.cilegon.sigap.command.informationrequest.api.ObjectionGround;
import id.go.cilegon.sigap.command.informationrequest.api.ObjectionNumber;
import id.go.cilegon.sigap.command.informationrequest.api.ObjectionOutcome;
import id.go.cilegon.sigap.command.informationrequest.api.ObtainMethod;
import id.go.cilegon.sigap.command.informationrequest.api.Proxy;
import id.go.cilegon.sigap.command.informationrequest.api.ReleasedDocument;
import id.go.cilegon.sigap.command.informationrequest.api.Requester;
import id.go.cilegon.sigap.command.informationrequest.api.WrittenNotice;
import id.go.cilegon.sigap.command.shared.api.Channel;
import id.go.cilegon.sigap.command.shared.api.UnitId;
import id.go.cilegon.sigap.command.shared.api.calendar.Deadline;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One request's case file, everything the officer's case page and the citizen's actions need. Holds personal data
 * ({@code requester}, {@code proxy}): officers only; the citizen's page uses the other fields.
 *
 * @param requester        {@code null} once the requester's data was erased
 * @param proxy            the kuasa who filed for the requester, or {@code null}
 * @param clarification    the open request for completion, or {@code null}
 * @param forwardedTo      the PPID Pelaksana's unit the request was forwarded to, or {@code null}
 * @param notice           the pemberitahuan tertulis once sent, else {@code null}
 * @param deliveryOwed     granted information waits to be handed over
 * @param documents        the files of granted information the requester can download, oldest first
 * @param objection        the latest keberatan, or {@code null}
 * @param dispute          the sengketa of the latest keberatan, or {@code null}
 * @param objectionGrounds the Pasal 35 grounds that have arisen and when; whether a keberatan may still be filed
 *                         on one is decided with the calendar (30 hari kerja from {@code aroseAt}). Empty while a
 *                         keberatan is open or the request is withdrawn.
 * @param convertedFromComplaint the id of the complaint this request was registered in place of, or {@code null}
 * @param lastSequence     the sequence number of the last event applied
 */
public record CaseFile(
        String requestId,
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
        List<AvailableGround> objectionGrounds,
        String convertedFromComplaint,
        long lastSequence) {

    /** The same case file showing these people instead, e.g. with NIK and phone masked for a page. */
    public CaseFile withPeople(Requester shownRequester, Proxy shownProxy) {
        return new CaseFile(requestId, registrationNumber, status, channel, receivedAt, shownRequester, shownProxy,
                informationRequested, purpose, obtainMethod, deliveryMethod, noticeDeadline, extended, clarification,
                forwardedTo, forwardInstruction, notice, noticeSentAt, noticeLate, noticeDeadlineMissed, deliveryOwed,
                lastDeliveredAt, documents, objection, dispute, objectionGrounds, convertedFromComplaint, lastSequence);
    }

    /** The released file with this id, if the requester can download it. */
    public Optional<ReleasedDocument> document(String documentId) {
        return documents.stream().filter(document -> document.documentId().equals(documentId)).findFirst();
    }

    /** @param question what the PPID asked the requester to complete or clarify */
    public record PendingClarification(String question, Instant askedAt) {
    }

    /**
     * @param outcome             {@code null} while the Atasan's answer is awaited
     * @param answerDeadlineMissed the Atasan's 30 hari kerja passed without an answer
     * @param disputeWindow       the 14 hari kerja for a sengketa, once answered or lapsed
     */
    public record ObjectionFile(
            ObjectionNumber number,
            ObjectionGround ground,
            String caseSummary,
            Channel channel,
            Instant receivedAt,
            LocalDate groundAroseOn,
            Deadline answerDeadline,
            ObjectionOutcome outcome,
            String reasons,
            Instant answeredAt,
            boolean answeredLate,
            boolean answerDeadlineMissed,
            Deadline disputeWindow) {

        public boolean open() {
            return outcome == null;
        }
    }

    /** @param stages every stage reached, oldest first; the last is the current one */
    public record DisputeFile(String commission, String caseNumber, LocalDate filedOn, List<Stage> stages) {

        public DisputeStage currentStage() {
            return stages.isEmpty() ? null : stages.get(stages.size() - 1).stage();
        }

        public record Stage(DisputeStage stage, LocalDate reachedOn, String outcome) {
        }
    }

    /** A Pasal 35 ground that has arisen in this case, at {@code aroseAt}. */
    public record AvailableGround(ObjectionGround ground, Instant aroseAt) {
    }
}

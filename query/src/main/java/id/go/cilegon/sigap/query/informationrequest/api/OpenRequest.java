package id.go.cilegon.sigap.query.informationrequest.api;

import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestStatus;
import id.go.cilegon.sigap.command.shared.api.Channel;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of the officers' queue. {@code requesterName} is null once the requester has been erased;
 * {@code noticeSent} is true once the written notice has stopped the statutory clock;
 * {@code noticeDeadlineMissed} once the breach of the notice deadline is on record; {@code unit} is the code of
 * the PPID Pelaksana's unit it was forwarded to, or null.
 */
public record OpenRequest(
        String requestId,
        String registrationNumber,
        String requesterName,
        Channel channel,
        String informationRequested,
        Instant receivedAt,
        LocalDate noticeDue,
        InformationRequestStatus status,
        boolean noticeSent,
        boolean noticeDeadlineMissed,
        String unit) {

    /** The written notice is owed and its clock runs: no notice yet, and not waiting for the requester. */
    public boolean noticeClockRunning() {
        return !noticeSent && status != InformationRequestStatus.MENUNGGU_KELENGKAPAN;
    }
}

package id.go.cilegon.sigap.query.complaint.api;

import id.go.cilegon.sigap.command.complaint.api.Attachment;
import id.go.cilegon.sigap.command.complaint.api.Complainant;
import id.go.cilegon.sigap.command.complaint.api.ComplaintCategory;
import id.go.cilegon.sigap.command.complaint.api.ComplaintStatus;
import id.go.cilegon.sigap.command.complaint.api.Location;
import id.go.cilegon.sigap.command.complaint.api.RejectionReason;
import id.go.cilegon.sigap.command.shared.api.Channel;
import id.go.cilegon.sigap.command.shared.api.UnitId;
import id.go.cilegon.sigap.command.shared.api.calendar.Deadline;
import java.time.Instant;
import java.util.List;

/**
 * One complaint's case file, everything the officer's case page and the citizen's status page need. Holds personal
 * data ({@code complainant}): handling officers only; the citizen's and the public pages use the other fields.
 *
 * @param complainant          {@code null} when anonymous or once the complainant's data was erased
 * @param anonymous            filed without any identity
 * @param confidential         <i>rahasia</i>
 * @param enteredBy            the officer who entered it at the desk, or {@code null}
 * @param pendingQuestion      the verifier's open question to the complainant, or {@code null}
 * @param verifiedAt           when it was verified, or {@code null}
 * @param rejection            why it is not processed, or {@code null}
 * @param mergedInto           the complaint this duplicate was merged into, or {@code null}
 * @param duplicates           complaints merged into this one, oldest first
 * @param convertedTo          the permohonan registered in its place, or {@code null}
 * @param dispositions         every unit it went to, in order of disposition; a unit sent it again appears again
 * @param answer               the latest answer to the complainant, or {@code null}
 * @param feedbackDeadline     the complainant's verdict is due by then while {@code status} is DITANGGAPI, else
 *                             {@code null}
 * @param verdicts             every verdict given, oldest first
 * @param reopenings           how often a "not satisfied" reopened it
 * @param closedAt             when it closed (verdict or lapse), or {@code null}
 * @param lastSequence         the sequence number of the last event applied
 */
public record ComplaintFile(
        String complaintId,
        String number,
        ComplaintStatus status,
        Channel channel,
        Instant receivedAt,
        Complainant complainant,
        boolean anonymous,
        boolean confidential,
        String subject,
        String description,
        ComplaintCategory category,
        Location location,
        List<Attachment> attachments,
        String enteredBy,
        Deadline verificationDeadline,
        boolean verificationDeadlineMissed,
        Question pendingQuestion,
        Instant verifiedAt,
        Rejection rejection,
        CaseLink mergedInto,
        List<CaseLink> duplicates,
        Conversion convertedTo,
        List<Disposition> dispositions,
        Answer answer,
        Deadline feedbackDeadline,
        List<Verdict> verdicts,
        int reopenings,
        Instant closedAt,
        long lastSequence) {

    /** The units that have the complaint now: disposed and not returned. */
    public List<UnitId> activeUnits() {
        return dispositions.stream().filter(Disposition::active).map(Disposition::unit).distinct().toList();
    }

    public record Question(String question, Instant askedAt) {
    }

    public record Rejection(RejectionReason reason, String explanation, String referredTo, Instant rejectedAt) {
    }

    /** Another complaint, by id and registration number. */
    public record CaseLink(String complaintId, String number) {
    }

    public record Conversion(String requestId, String registrationNumber, String explanation, Instant convertedAt) {
    }

    /**
     * @param followUpDeadline the first follow-up is due by then (the latest one, after a reopening)
     * @param followedUp       the unit posted a follow-up or answer since its latest deadline was set
     * @param deadlineMissed   the latest follow-up deadline passed without one and the breach was recorded
     * @param returnReason     why the unit sent it back, when {@code state} is RETURNED
     */
    public record Disposition(
            UnitId unit,
            DispositionState state,
            String instruction,
            Instant disposedAt,
            Deadline followUpDeadline,
            boolean followedUp,
            boolean deadlineMissed,
            String returnReason) {

        public boolean active() {
            return state != DispositionState.DIKEMBALIKAN;
        }
    }

    public enum DispositionState {
        /** Sent; the unit has not accepted yet. */
        MENUNGGU,
        /** The unit accepted it. */
        DITERIMA_UNIT,
        /** The unit sent it back. */
        DIKEMBALIKAN
    }

    public record Answer(UnitId unit, String text, Instant answeredAt) {
    }

    public record Verdict(boolean satisfied, int rating, String comment, Instant givenAt) {
    }
}

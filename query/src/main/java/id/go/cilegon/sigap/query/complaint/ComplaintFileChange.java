package id.go.cilegon.sigap.query.complaint;

import id.go.cilegon.sigap.command.complaint.api.ComplaintStatus;
import id.go.cilegon.sigap.command.shared.api.UnitId;
import id.go.cilegon.sigap.command.shared.api.calendar.Deadline;
import id.go.cilegon.sigap.query.complaint.api.ComplaintFile;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A complaint's case file being changed by one event: a mutable copy of the immutable {@link ComplaintFile}, so each
 * handler of {@link ComplaintProjection} states only what its event changes.
 */
final class ComplaintFileChange {

    ComplaintStatus status;
    boolean verificationDeadlineMissed;
    Deadline verificationDeadline;
    ComplaintFile.Question pendingQuestion;
    Instant verifiedAt;
    ComplaintFile.Rejection rejection;
    ComplaintFile.CaseLink mergedInto;
    final List<ComplaintFile.CaseLink> duplicates;
    ComplaintFile.Conversion convertedTo;
    final List<ComplaintFile.Disposition> dispositions;
    ComplaintFile.Answer answer;
    Deadline feedbackDeadline;
    final List<ComplaintFile.Verdict> verdicts;
    int reopenings;
    Instant closedAt;
    private final ComplaintFile before;

    ComplaintFileChange(ComplaintFile file) {
        this.before = file;
        this.status = file.status();
        this.verificationDeadlineMissed = file.verificationDeadlineMissed();
        this.verificationDeadline = file.verificationDeadline();
        this.pendingQuestion = file.pendingQuestion();
        this.verifiedAt = file.verifiedAt();
        this.rejection = file.rejection();
        this.mergedInto = file.mergedInto();
        this.duplicates = new ArrayList<>(file.duplicates());
        this.convertedTo = file.convertedTo();
        this.dispositions = new ArrayList<>(file.dispositions());
        this.answer = file.answer();
        this.feedbackDeadline = file.feedbackDeadline();
        this.verdicts = new ArrayList<>(file.verdicts());
        this.reopenings = file.reopenings();
        this.closedAt = file.closedAt();
    }

    /** Changes the latest disposition to {@code unit} that is still active, if there is one. */
    void changeActive(UnitId unit, UnaryOperator<ComplaintFile.Disposition> change) {
        for (int i = dispositions.size() - 1; i >= 0; i--) {
            ComplaintFile.Disposition disposition = dispositions.get(i);
            if (disposition.unit().equals(unit) && disposition.active()) {
                dispositions.set(i, change.apply(disposition));
                return;
            }
        }
    }

    boolean anyAccepted() {
        return dispositions.stream().anyMatch(disposition -> disposition.state()
                == ComplaintFile.DispositionState.DITERIMA_UNIT);
    }

    boolean anyActive() {
        return dispositions.stream().anyMatch(ComplaintFile.Disposition::active);
    }

    ComplaintFile applied(long sequence) {
        return new ComplaintFile(before.complaintId(), before.number(), status, before.channel(), before.receivedAt(),
                before.complainant(), before.anonymous(), before.confidential(), before.subject(),
                before.description(), before.category(), before.location(), before.attachments(), before.enteredBy(),
                verificationDeadline, verificationDeadlineMissed, pendingQuestion, verifiedAt, rejection, mergedInto,
                List.copyOf(duplicates), convertedTo, List.copyOf(dispositions), answer, feedbackDeadline,
                List.copyOf(verdicts), reopenings, closedAt, sequence);
    }

    static ComplaintFile.Disposition withState(ComplaintFile.Disposition d, ComplaintFile.DispositionState state,
            String returnReason) {
        return new ComplaintFile.Disposition(d.unit(), state, d.instruction(), d.disposedAt(), d.followUpDeadline(),
                d.followedUp(), d.deadlineMissed(), returnReason);
    }

    static ComplaintFile.Disposition followedUp(ComplaintFile.Disposition d) {
        return new ComplaintFile.Disposition(d.unit(), d.state(), d.instruction(), d.disposedAt(),
                d.followUpDeadline(), true, d.deadlineMissed(), d.returnReason());
    }

    static ComplaintFile.Disposition missed(ComplaintFile.Disposition d) {
        return new ComplaintFile.Disposition(d.unit(), d.state(), d.instruction(), d.disposedAt(),
                d.followUpDeadline(), d.followedUp(), true, d.returnReason());
    }

    static ComplaintFile.Disposition restarted(ComplaintFile.Disposition d, Deadline followUpDeadline) {
        return new ComplaintFile.Disposition(d.unit(), d.state(), d.instruction(), d.disposedAt(), followUpDeadline,
                false, false, d.returnReason());
    }
}

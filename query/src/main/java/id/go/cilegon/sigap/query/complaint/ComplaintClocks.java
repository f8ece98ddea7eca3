package id.go.cilegon.sigap.query.complaint;

import id.go.cilegon.sigap.command.complaint.api.ComplaintStatus;
import id.go.cilegon.sigap.query.complaint.api.ComplaintFile;
import id.go.cilegon.sigap.query.complaint.api.DueKind;
import id.go.cilegon.sigap.query.complaint.api.OpenClock;
import id.go.cilegon.sigap.query.complaint.api.QueueItem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The clocks that run on a complaint's file, and its line in a queue: what is due next and whether any was missed. */
final class ComplaintClocks {

    private ComplaintClocks() {
    }

    static QueueItem item(ComplaintFile file) {
        OpenClock next = running(file, false).stream().min(Comparator.comparing(OpenClock::dueDate)).orElse(null);
        boolean breached = file.verificationDeadlineMissed()
                || file.dispositions().stream().anyMatch(ComplaintFile.Disposition::deadlineMissed);
        return new QueueItem(file.complaintId(), file.number(), file.status(), file.category(),
                file.location().kecamatan(), file.location().kelurahan(), file.subject(), file.confidential(),
                file.receivedAt(), file.activeUnits(), next == null ? null : next.dueDate(),
                next == null ? null : next.kind(), breached);
    }

    /**
     * The clocks running on {@code file}: verification while received and not paused, each active unit's follow-up
     * not yet met, the verdict period while answered. {@code unrecorded} leaves out breaches already recorded.
     */
    static List<OpenClock> running(ComplaintFile file, boolean unrecorded) {
        List<OpenClock> clocks = new ArrayList<>();
        if (file.status() == ComplaintStatus.DITERIMA && !(unrecorded && file.verificationDeadlineMissed())) {
            clocks.add(new OpenClock(file.complaintId(), file.number(), DueKind.VERIFIKASI, null,
                    file.verificationDeadline().dueDate()));
        }
        if (file.status() == ComplaintStatus.DIDISPOSISI || file.status() == ComplaintStatus.DITINDAKLANJUTI) {
            for (ComplaintFile.Disposition disposition : file.dispositions()) {
                if (disposition.active() && !disposition.followedUp()
                        && !(unrecorded && disposition.deadlineMissed())) {
                    clocks.add(new OpenClock(file.complaintId(), file.number(), DueKind.TINDAK_LANJUT,
                            disposition.unit(), disposition.followUpDeadline().dueDate()));
                }
            }
        }
        if (file.status() == ComplaintStatus.DITANGGAPI && file.feedbackDeadline() != null) {
            clocks.add(new OpenClock(file.complaintId(), file.number(), DueKind.UMPAN_BALIK, null,
                    file.feedbackDeadline().dueDate()));
        }
        return clocks;
    }
}

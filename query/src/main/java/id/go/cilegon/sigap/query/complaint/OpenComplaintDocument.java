package id.go.cilegon.sigap.query.complaint;

import id.go.cilegon.sigap.command.complaint.api.ComplaintStatus;
import id.go.cilegon.sigap.query.complaint.api.ComplaintFile;
import id.go.cilegon.sigap.query.complaint.api.OpenClock;
import id.go.cilegon.sigap.query.complaint.api.QueueItem;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.bson.codecs.pojo.annotations.BsonId;

/**
 * An open complaint as the queues, the supervision page, the deadline watch and the duplicate check read it: its
 * queue line, its description (for the duplicate check) and the clocks whose breach is not recorded yet. Only open
 * complaints live in this collection, so open work is read without touching the years of closed ones. The queues
 * filter and sort by the line's fields ({@code item.status}, {@code item.units.value}, {@code item.receivedAt}).
 *
 * @param dueOrder the next due date, or {@link #NO_CLOCK} when no clock runs, so that such complaints come last
 */
public record OpenComplaintDocument(
        @BsonId String id,
        LocalDate dueOrder,
        QueueItem item,
        String description,
        List<OpenClock> unrecordedClocks) {

    static final LocalDate NO_CLOCK = LocalDate.of(9999, 12, 31);
    /** The statuses of a complaint that is no longer open work. */
    static final List<String> CLOSED = Arrays.stream(ComplaintStatus.values()).filter(ComplaintStatus::isFinal)
            .map(Enum::name).toList();

    static OpenComplaintDocument of(ComplaintFile file) {
        QueueItem item = ComplaintClocks.item(file);
        return new OpenComplaintDocument(file.complaintId(), item.nextDue() == null ? NO_CLOCK : item.nextDue(), item,
                file.description(), ComplaintClocks.running(file, true));
    }
}

package id.go.cilegon.sigap.query.complaint;

import com.mongodb.client.model.Projections;
import id.go.cilegon.sigap.command.complaint.api.ComplaintCategory;
import id.go.cilegon.sigap.command.complaint.api.ComplaintStatus;
import id.go.cilegon.sigap.command.shared.api.UnitId;
import id.go.cilegon.sigap.query.complaint.api.ReportedComplaint;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.bson.codecs.pojo.annotations.BsonId;
import org.bson.conversions.Bson;

/**
 * The part of a complaint's stored file that the yearly report counts, read with a projection of {@link #FIELDS}: a
 * year of complaints travels as a few hundred bytes each instead of their whole files.
 */
public record ReportLineDocument(@BsonId String id, File file) {

    static final Bson FIELDS = Projections.include("file.complaintId", "file.number", "file.category", "file.status",
            "file.confidential", "file.receivedAt", "file.verificationDeadline.dueDate", "file.verifiedAt",
            "file.verificationDeadlineMissed", "file.verdicts.rating", "file.reopenings", "file.dispositions.unit",
            "file.answer.answeredAt");

    public record File(String complaintId, String number, ComplaintCategory category, ComplaintStatus status,
            boolean confidential, Instant receivedAt, Due verificationDeadline, Instant verifiedAt,
            boolean verificationDeadlineMissed, List<Rating> verdicts, int reopenings, List<Sent> dispositions,
            Answered answer) {
    }

    public record Due(LocalDate dueDate) {
    }

    public record Rating(int rating) {
    }

    public record Sent(UnitId unit) {
    }

    public record Answered(Instant answeredAt) {
    }

    ReportedComplaint toView() {
        return new ReportedComplaint(file.complaintId(), file.number(), file.category(), file.status(),
                file.confidential(), file.receivedAt(), file.verificationDeadline().dueDate(), file.verifiedAt(),
                file.verificationDeadlineMissed(), file.verdicts().stream().map(Rating::rating).toList(),
                file.reopenings(), file.dispositions().stream().map(sent -> sent.unit().value()).distinct().toList(),
                file.answer() == null ? null : file.answer().answeredAt());
    }
}

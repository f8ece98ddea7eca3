package id.go.cilegon.sigap.command.complaint;

import static id.go.cilegon.sigap.command.complaint.api.ComplaintRules.MERGE_INTO_ITSELF;

import id.go.cilegon.sigap.command.complaint.api.MergeComplaint;
import id.go.cilegon.sigap.command.shared.api.RuleViolation;
import java.time.Clock;
import java.time.Instant;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;

/**
 * Merges a duplicate into the complaint that carries on for both. Both complaints change in one unit of work: the
 * original records the duplicate (so its complainant follows the original's updates) and the duplicate closes,
 * pointing at the original. Both are checked before either changes.
 */
public class ComplaintMerging {

    private final Repository<Complaint> complaints;
    private final Clock clock;

    public ComplaintMerging(Repository<Complaint> complaints, Clock clock) {
        this.complaints = complaints;
        this.clock = clock;
    }

    @CommandHandler
    public void handle(MergeComplaint command) {
        if (command.complaintId().equals(command.originalId())) {
            throw new RuleViolation(MERGE_INTO_ITSELF, "A complaint cannot be merged into itself");
        }
        Aggregate<Complaint> duplicate = complaints.load(command.complaintId().toString());
        Aggregate<Complaint> original = complaints.load(command.originalId().toString());
        // Each change is applied inside its own aggregate's scope; the other complaint is only read.
        Complaint merged = duplicate.invoke(complaint -> complaint);
        Complaint carryingOn = original.invoke(complaint -> complaint);
        Instant now = clock.instant();
        original.execute(complaint -> complaint.acceptDuplicate(merged, now));
        duplicate.execute(complaint -> complaint.mergeInto(carryingOn, command.mergedBy(), now));
    }
}

package id.go.cilegon.sigap.command.mediaissue;

import static id.go.cilegon.sigap.command.mediaissue.api.MediaIssueRules.MERGE_INTO_ITSELF;

import id.go.cilegon.sigap.command.mediaissue.api.MergeMediaIssue;
import id.go.cilegon.sigap.command.shared.api.RuleViolation;
import java.time.Clock;
import java.time.Instant;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;

/**
 * Merges a second publication of the same story into the issue that carries on for both, in one unit of work: the
 * original records the duplicate's outlet and reach, the duplicate closes pointing at the original. Both are
 * checked before either changes.
 */
public class MediaIssueMerging {

    private final Repository<MediaIssue> issues;
    private final Clock clock;

    public MediaIssueMerging(Repository<MediaIssue> issues, Clock clock) {
        this.issues = issues;
        this.clock = clock;
    }

    @CommandHandler
    public void handle(MergeMediaIssue command) {
        if (command.mediaIssueId().equals(command.originalId())) {
            throw new RuleViolation(MERGE_INTO_ITSELF, "An issue is not merged into itself");
        }
        Aggregate<MediaIssue> duplicate = issues.load(command.mediaIssueId().toString());
        Aggregate<MediaIssue> original = issues.load(command.originalId().toString());
        MediaIssue merged = duplicate.invoke(issue -> issue);
        MediaIssue carryingOn = original.invoke(issue -> issue);
        Instant now = clock.instant();
        original.execute(issue -> issue.acceptDuplicate(merged, now));
        duplicate.execute(issue -> issue.mergeInto(carryingOn, command.mergedBy(), now));
    }
}

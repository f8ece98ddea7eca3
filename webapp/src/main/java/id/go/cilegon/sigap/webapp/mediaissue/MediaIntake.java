package id.go.cilegon.sigap.webapp.mediaissue;

import id.go.cilegon.sigap.command.mediaissue.api.IssueOrigin;
import id.go.cilegon.sigap.command.mediaissue.api.LogMediaIssue;
import id.go.cilegon.sigap.command.mediaissue.api.MediaIssueId;
import id.go.cilegon.sigap.command.mediaissue.api.MediaIssueNumber;
import id.go.cilegon.sigap.command.mediaissue.api.MediaSource;
import id.go.cilegon.sigap.command.shared.api.OfficerId;
import id.go.cilegon.sigap.query.mediaissue.api.FindMediaIssue;
import id.go.cilegon.sigap.query.mediaissue.api.MediaIssueFile;
import id.go.cilegon.sigap.webapp.shared.Causes;
import java.time.Clock;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/**
 * Logs one publication as a media issue, from the officer's form, a CSV row or a feed item alike, and says whether
 * it was new. An article already known (by its address, {@link MediaIssueId#forUrl}) is not logged again: the read
 * model answers the common case without spending a register number, and the event store's unique stream refuses
 * the race of two nodes or two feeds logging it at the same moment. Blocking: call it off the event loop.
 */
@Component
public class MediaIntake {

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final Clock clock;

    MediaIntake(CommandGateway commands, QueryGateway queries, Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.clock = clock;
    }

    /** The issue logged, or the one that already had this article. */
    public record Outcome(boolean logged, String mediaIssueId, String number) {
    }

    public Outcome log(MediaSource source, IssueOrigin origin, String feed, OfficerId officer) {
        MediaIssueId id = source.url() == null ? MediaIssueId.newId() : MediaIssueId.forUrl(source.url());
        Optional<MediaIssueFile> known = find(id);
        if (known.isPresent()) {
            return new Outcome(false, id.value(), known.get().number());
        }
        try {
            MediaIssueNumber number = commands.sendAndWait(new LogMediaIssue(id, source, origin, feed, officer,
                    clock.instant()));
            return new Outcome(true, id.value(), number.value());
        } catch (RuntimeException e) {
            if (Causes.find(e, AggregateStreamCreationException.class).isPresent()) {
                return new Outcome(false, id.value(), find(id).map(MediaIssueFile::number).orElse(null));
            }
            throw e;
        }
    }

    private Optional<MediaIssueFile> find(MediaIssueId id) {
        return queries.query(new FindMediaIssue(id.value()), ResponseTypes.optionalInstanceOf(MediaIssueFile.class))
                .join();
    }
}

package id.go.cilegon.sigap.infra.mongo;

import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

/**
 * The H2 backend of a store that other processes write to ({@link EmbeddedMongo#sharedH2}): a command that may have
 * changed anything is answered only after the change is in the file and synced. The writers cannot wait for the
 * commit themselves (their {@code WriteDurability} is that of a real MongoDB: none), so the store does it before its
 * answer, as a journaled write concern does. A {@link GroupCommit} lets the connections answered at the same moment
 * share one commit.
 */
final class CommittingH2Backend extends ConsistentH2Backend {

    private final GroupCommit commits;

    CommittingH2Backend(String fileName) {
        super(fileName);
        this.commits = new GroupCommit(this::commitAndSync);
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        if (onlyReads(command, query)) {
            return super.handleCommand(channel, database, command, query);
        }
        Document answer;
        try {
            answer = super.handleCommand(channel, database, command, query);
        } catch (RuntimeException failure) {
            // A write that failed half-way (an ordered insert stopping at a duplicate) may have stored its beginning.
            commits.awaitDurable();
            throw failure;
        }
        commits.awaitDurable();
        return answer;
    }

    /** Number of commits that have completed; for tests. */
    long commits() {
        return commits.commits();
    }

    @Override
    public void close() {
        try {
            super.close();
        } finally {
            commits.close();
        }
    }
}

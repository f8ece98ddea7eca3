package id.go.cilegon.sigap.webapp.faults;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.cilegon.sigap.webapp.faults.StoreView.Contents;
import id.go.cilegon.sigap.webapp.support.Http;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SortedMap;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

/**
 * Two Sigap nodes on one store — the embedded store running alone ({@code sigap.mongodb.store-only}) — with the
 * default segment and claim settings. Both hold half of every processor's segments and both take commands under load;
 * one is killed with SIGKILL and the other holds every segment within 30 seconds while it goes on taking commands,
 * and serves the officer who had logged in on the killed node without a new login.
 * Registration numbers issued by both at once are never issued twice and run without gaps beyond the registrations
 * the killed node left unanswered, and the read models, caught up, equal those a full replay rebuilds. The seed of the
 * users' choices and of the kill moment is printed; {@code -Dsigap.faults.seed=…} runs the same choices again.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TwoNodeTest {

    private static final String[] OFFICER = {"petugas-dua-node", "rahasia-dua-node-1"};
    private static final Duration TAKEOVER_LIMIT = Duration.ofSeconds(30);
    private static final Duration SETTLE = Duration.ofSeconds(90);

    @RegisterExtension
    final Nodes nodes = new Nodes();

    @TempDir
    Path data;

    private final long began = System.nanoTime();

    @Test
    void both_nodes_work_the_survivor_of_a_kill_takes_every_segment_and_no_number_is_issued_twice() {
        long seed = Long.getLong("sigap.faults.seed", System.nanoTime());
        Random random = new Random(seed);
        say("seed %d (again: -Dsigap.faults.seed=%d)", seed, seed);

        int storePort = Nodes.freePort();
        nodes.storeAlone("store", data, storePort);
        try (StoreView store = new StoreView(storePort)) {
            store.addOfficer(OFFICER[0], OFFICER[1]);
            Map<String, String> sharedStore =
                    Map.of("SIGAP_MONGODB_URI", "mongodb://127.0.0.1:" + storePort + "/sigap");
            SigapProcess[] both = nodes.twoNodes(List.of(), sharedStore);
            SigapProcess a = both[0];
            SigapProcess b = both[1];
            a.await(SETTLE, "sharing every processor's segments half and half with node-b",
                    () -> evenlySplit(store.claims(), "node-a", "node-b"));
            say("both nodes up; each holds half of every processor's segments: %s", store.claims());

            Ledger ledger = new Ledger();
            CaseLoad loadA = CaseLoad.start("node-a", a.httpPort(), ledger, random.nextLong(), 3, OFFICER);
            CaseLoad loadB = CaseLoad.start("node-b", b.httpPort(), ledger, random.nextLong(), 3, OFFICER);
            b.await(SETTLE, "taking commands alongside node-a", () -> ledger.acknowledgedBy("node-a") >= 10
                    && ledger.acknowledgedBy("node-b") >= 10);
            Http officerOfB = new Http(b.httpPort());
            officerOfB.logIn(OFFICER[0], OFFICER[1]);
            long moment = random.nextInt(3_000);
            SigapProcess.pause(moment);
            b.kill();
            long killedAt = System.nanoTime();
            loadB.stop();
            say("node-b killed %d ms after both had 10 registrations acknowledged; so far %s", moment,
                    ledger.summary());

            a.await(TAKEOVER_LIMIT.minusNanos(System.nanoTime() - killedAt),
                    "holding every segment within " + TAKEOVER_LIMIT + " of node-b's death",
                    () -> store.claims().values().stream().allMatch(owners -> owners.values().stream()
                            .allMatch("node-a"::equals)));
            say("node-a holds all %d segments %.1f s after the kill", segments(store.claims()),
                    (System.nanoTime() - killedAt) / 1e9);

            EntityExchangeResult<String> queue = officerOfB.at(a.httpPort()).page("/petugas/permohonan");
            assertThat(queue.getStatus()).as("the queue for an officer logged in on node-b, asked of node-a after "
                    + "node-b's death").isEqualTo(HttpStatus.OK);
            assertThat(queue.getResponseBody()).as("still logged in").contains("(" + OFFICER[0] + ")");
            say("an officer logged in on node-b goes on working on node-a without logging in again");

            SigapProcess.pause(2_000);
            loadA.stop();
            say("load stopped: %s", ledger.summary());

            Map<String, Integer> numbers = Acknowledgements.assertStored(ledger, store.events());
            a.await(SETTLE, "caught up with every event", store::caughtUp);
            Acknowledgements.assertVisible(ledger, store.events(), a.httpPort(), OFFICER[0], OFFICER[1], SETTLE);
            say("every acknowledged command stored and shown; numbers stored %s", numbers);

            Contents live = store.contents();
            int events = store.events().size();
            a.stop();
            SigapProcess replay = nodes.node("node-replay", List.of("--sigap.processing.replay-on-start=true"),
                    sharedStore);
            replay.await(SETTLE, "caught up with every event", store::caughtUp);
            assertThat(replay.tail(2_000)).as("the replay node's log").contains("Replaying information-requests");
            assertThat(store.events()).as("events after the replay (none may be added by starting)").hasSize(events);
            Contents replayed = store.contents();
            say("read models of the two nodes: %s", live.checksums());
            say("read models after a full replay: %s", replayed.checksums());
            assertThat(replayed.differencesFrom(live)).as("read models of the replay against the two nodes'")
                    .isEmpty();
            replay.stop();
        }
    }

    /** Every processor's segments are held by {@code first} and {@code second}, as many by each. */
    private static boolean evenlySplit(Map<String, SortedMap<Integer, String>> claims, String first, String second) {
        return !claims.isEmpty() && claims.values().stream().allMatch(owners -> {
            Map<String, Integer> held = new HashMap<>();
            owners.values().forEach(owner -> held.merge(String.valueOf(owner), 1, Integer::sum));
            return held.keySet().equals(Set.of(first, second))
                    && held.get(first).equals(held.get(second));
        });
    }

    private static int segments(Map<String, SortedMap<Integer, String>> claims) {
        return claims.values().stream().mapToInt(Map::size).sum();
    }

    private void say(String format, Object... arguments) {
        System.out.printf("TwoNodeTest %5.1fs  %s%n", (System.nanoTime() - began) / 1e9, format.formatted(arguments));
    }
}

package id.go.cilegon.sigap.webapp.faults;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.cilegon.sigap.webapp.faults.StoreView.Contents;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sigap in a process of its own on the embedded H2 file store, under load over HTTP, killed with SIGKILL at random
 * moments five times and restarted on the same files. Whatever it acknowledged before a kill — a registration number,
 * an officer's action — is in the event store and on the pages after the restart, and the read models, having
 * caught up, equal those a full replay of the events rebuilds. The seed of the kill moments and of the users' choices
 * is printed; {@code -Dsigap.faults.seed=…} runs the same choices again.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CrashTest {

    private static final int KILLS = 5;
    private static final String[] OFFICER = {"petugas-gangguan", "rahasia-gangguan-1"};
    /** Claims time out quickly, so that a restarted node (a new name in the token store) resumes soon. */
    private static final List<String> QUICK_CLAIMS = List.of(
            "--sigap.processing.claim-timeout=3s", "--sigap.processing.claim-interval=1s");
    private static final Duration CATCH_UP = Duration.ofSeconds(90);

    @RegisterExtension
    final Nodes nodes = new Nodes();

    @TempDir
    Path data;

    private final long began = System.nanoTime();

    @Test
    void what_was_acknowledged_survives_kill_minus_nine_and_the_read_models_catch_up_to_a_replay() {
        long seed = Long.getLong("sigap.faults.seed", System.nanoTime());
        Random random = new Random(seed);
        say("seed %d (again: -Dsigap.faults.seed=%d)", seed, seed);
        Ledger ledger = new Ledger();

        int storePort = Nodes.freePort();
        SigapProcess node = start("crash-1", storePort, List.of());
        try (StoreView store = new StoreView(storePort)) {
            store.addOfficer(OFFICER[0], OFFICER[1]);
        }
        for (int kill = 1; kill <= KILLS; kill++) {
            CaseLoad load = CaseLoad.start(node.name(), node.httpPort(), ledger, random.nextLong(), 3, OFFICER);
            String name = node.name();
            node.await(CATCH_UP, "taking commands", () -> ledger.acknowledgedBy(name) >= 5);
            long moment = random.nextInt(3_000);
            SigapProcess.pause(moment);
            node.kill();
            load.stop();
            say("kill %d: %s killed %d ms after its fifth registration; so far %s", kill, name, moment,
                    ledger.summary());

            storePort = Nodes.freePort();
            node = start("crash-" + (kill + 1), storePort, List.of());
            try (StoreView store = new StoreView(storePort)) {
                Map<String, Integer> numbers = Acknowledgements.assertStored(ledger, store.events());
                awaitCaughtUp(node, store);
                Acknowledgements.assertVisible(ledger, store.events(), node.httpPort(), OFFICER[0], OFFICER[1],
                        CATCH_UP);
                say("restart %d: every acknowledged command stored and shown; numbers stored %s", kill, numbers);
            }
        }

        Contents live;
        int events;
        try (StoreView store = new StoreView(storePort)) {
            awaitCaughtUp(node, store);
            live = store.contents();
            events = store.events().size();
        }
        node.stop();
        storePort = Nodes.freePort();
        node = start("crash-replay", storePort, List.of("--sigap.processing.replay-on-start=true"));
        try (StoreView store = new StoreView(storePort)) {
            awaitCaughtUp(node, store);
            assertThat(node.tail(2_000)).as("the replay node's log").contains("Replaying information-requests");
            assertThat(store.events()).as("events after the replay (none may be added by starting)").hasSize(events);
            Contents replayed = store.contents();
            say("read models after %d kills: %s", KILLS, live.checksums());
            say("read models after a full replay: %s", replayed.checksums());
            assertThat(replayed.differencesFrom(live)).as("read models of the replay against the crashed node's")
                    .isEmpty();
        }
        node.stop();
    }

    private void say(String format, Object... arguments) {
        System.out.printf("CrashTest %5.1fs  %s%n", (System.nanoTime() - began) / 1e9, format.formatted(arguments));
    }

    private SigapProcess start(String name, int storePort, List<String> more) {
        List<String> arguments = new ArrayList<>(List.of("--sigap.mongodb.data-dir=" + data,
                "--sigap.mongodb.embedded-port=" + storePort));
        arguments.addAll(QUICK_CLAIMS);
        arguments.addAll(more);
        return nodes.node(name, arguments, Map.of());
    }

    private static void awaitCaughtUp(SigapProcess node, StoreView store) {
        node.await(CATCH_UP, "caught up with every event", store::caughtUp);
    }
}

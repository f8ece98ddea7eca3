package id.go.cilegon.sigap.webapp.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import id.go.cilegon.sigap.webapp.InMemoryStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The city always keeps an active administrator, also when two of them act at the same moment: the check and the
 * change are one conditional update of the roster, not a count read before a write.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AdminRosterTest {

    private static final int ROUNDS = 40;

    @RegisterExtension
    static final InMemoryStore STORE = new InMemoryStore();

    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void two_administrators_disabling_each_other_at_once_leave_one_of_them() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            MongoDatabase database = STORE.database("disable-" + round);
            OfficerAccounts accounts = aniAndBudiAdministrators(database);

            List<Boolean> done = atOnce(() -> accounts.enable("budi", false, "ani"),
                    () -> accounts.enable("ani", false, "budi"));

            assertThat(done).as("round %d: which of the two went through", round).containsOnlyOnce(true);
            assertThat(activeAdmins(database)).as("round %d: active administrators", round).isEqualTo(1);
        }
    }

    @Test
    void an_administrator_taking_the_role_from_one_who_disables_them_leaves_one_of_them() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            MongoDatabase database = STORE.database("strip-" + round);
            OfficerAccounts accounts = aniAndBudiAdministrators(database);
            OfficerAccount budi = accounts.account("budi").orElseThrow();

            List<Boolean> done = atOnce(
                    () -> accounts.change(budi, "Budi", Set.of(OfficerRole.SUPERVISOR), null, null, "ani"),
                    () -> accounts.enable("ani", false, "budi"));

            assertThat(done).as("round %d: which of the two went through", round).containsOnlyOnce(true);
            assertThat(activeAdmins(database)).as("round %d: active administrators", round).isEqualTo(1);
        }
    }

    @Test
    void a_store_from_before_the_roster_gets_one_of_its_enabled_administrators_and_keeps_the_last() {
        MongoDatabase database = STORE.database("before-roster");
        database.getCollection(OfficerAccounts.COLLECTION).insertMany(List.of(
                new Document("_id", "ani").append("displayName", "Ani").append("roles", List.of("ADMIN")),
                new Document("_id", "budi").append("displayName", "Budi").append("roles", List.of("ADMIN"))
                        .append("enabled", false),
                new Document("_id", "citra").append("displayName", "Citra").append("roles", List.of("SUPERVISOR"))));

        OfficerAccounts accounts = accounts(database);

        assertThat(database.getCollection(OfficerAccounts.ADMIN_ROSTER).find().first().getList("admins", String.class))
                .as("the roster").isEqualTo(List.of("ani"));
        assertThat(accounts.enable("ani", false, "ani")).as("disabling the only enabled administrator").isFalse();
        assertThat(accounts.account("ani").orElseThrow().enabled()).isTrue();

        assertThat(accounts.enable("budi", true, "ani")).isTrue();
        assertThat(accounts.enable("ani", false, "budi")).as("disabling one of two").isTrue();
        assertThat(accounts.change(accounts.account("budi").orElseThrow(), "Budi", Set.of(OfficerRole.SUPERVISOR),
                null, null, "budi")).as("taking the role from the last one").isFalse();
        assertThat(accounts.account("budi").orElseThrow().roles()).isEqualTo(Set.of(OfficerRole.ADMIN));
    }

    private static OfficerAccounts aniAndBudiAdministrators(MongoDatabase database) {
        OfficerAccounts accounts = accounts(database);
        accounts.save("ani", "Ani", "rahasia", List.of(OfficerRole.ADMIN));
        accounts.save("budi", "Budi", "rahasia", List.of(OfficerRole.ADMIN));
        return accounts;
    }

    private static OfficerAccounts accounts(MongoDatabase database) {
        return new OfficerAccounts(database, new BCryptPasswordEncoder(4), Clock.systemUTC());
    }

    private static long activeAdmins(MongoDatabase database) {
        return database.getCollection(OfficerAccounts.COLLECTION).find(new Document("roles", "ADMIN"))
                .into(new ArrayList<>()).stream().filter(officer -> officer.getBoolean("enabled", true)).count();
    }

    private List<Boolean> atOnce(Callable<Boolean> first, Callable<Boolean> second) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        Future<Boolean> one = threads.submit(() -> {
            start.await();
            return first.call();
        });
        Future<Boolean> two = threads.submit(() -> {
            start.await();
            return second.call();
        });
        return List.of(one.get(10, TimeUnit.SECONDS), two.get(10, TimeUnit.SECONDS));
    }
}

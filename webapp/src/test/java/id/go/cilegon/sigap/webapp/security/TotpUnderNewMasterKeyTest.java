package id.go.cilegon.sigap.webapp.security;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;
import id.go.cilegon.sigap.infra.personaldata.MasterKey;
import id.go.cilegon.sigap.infra.personaldata.MasterKeyChange;
import id.go.cilegon.sigap.infra.personaldata.PersonalDataCryptoException;
import id.go.cilegon.sigap.infra.personaldata.Resealing;
import id.go.cilegon.sigap.infra.personaldata.SecretSealer;
import id.go.cilegon.sigap.webapp.InMemoryStore;
import id.go.cilegon.sigap.webapp.support.TotpCodes;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The officers' TOTP secrets through a change of the personal-data master key (ADR 0036): an officer's authenticator
 * app goes on working, and one half-way through enrolment finishes it, with the secrets now sealed under the new key.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TotpUnderNewMasterKeyTest {

    @RegisterExtension
    static final InMemoryStore STORE = new InMemoryStore();

    private final Clock clock = Clock.systemUTC();
    private final MasterKey current = MasterKey.generate();
    private final MasterKey next = MasterKey.generate();
    /** Each test a database of its own in one store for the class. */
    private final MongoDatabase database = STORE.freshDatabase();
    private OfficerAccounts accounts;

    @BeforeEach
    void saveOfficers() {
        accounts = new OfficerAccounts(database, new BCryptPasswordEncoder(4), clock);
        accounts.save("budi", "Budi", "rahasia-budi-1", List.of(OfficerRole.PETUGAS_PPID));
        accounts.save("siti", "Siti", "rahasia-siti-1", List.of(OfficerRole.SUPERVISOR));
        accounts.save("tanpa", "Tanpa TOTP", "rahasia-tanpa-1", List.of(OfficerRole.PETUGAS_PPID));
    }

    @Test
    void an_enrolled_officer_signs_in_with_the_same_app_and_an_enrolment_under_way_completes() {
        OfficerTotp before = totp(current);
        String budiSecret = before.begin("budi").secret();
        assertThat(before.confirm("budi", TotpCodes.code(budiSecret, clock, 0))).isTrue();
        String sitiSecret = before.begin("siti").secret();

        List<Resealing> resealed = OfficerTotp.resealed(database, new MasterKeyChange(current, next));
        long written = Resealing.applyAll(database, resealed);

        assertThat(resealed).extracting(Resealing::id, Resealing::field)
                .containsExactlyInAnyOrder(tuple("budi", "totp.secret"),
                        tuple("siti", "totp.pending"));
        assertThat(written).isEqualTo(2);
        OfficerTotp after = totp(next);
        assertThat(after.verify("budi", TotpCodes.code(budiSecret, clock, 1))).isTrue();
        assertThat(after.pending("siti").orElseThrow().secret()).isEqualTo(sitiSecret);
        assertThat(after.confirm("siti", TotpCodes.code(sitiSecret, clock, 0))).isTrue();
        assertThatThrownBy(() -> before.verify("budi", TotpCodes.code(budiSecret, clock, -1)))
                .as("the previous key no longer opens it").isInstanceOf(PersonalDataCryptoException.class);
        assertThat(OfficerTotp.resealed(database, new MasterKeyChange(current, next))).as("nothing left to move")
                .isEmpty();
    }

    @Test
    void a_secret_neither_key_opens_refuses_the_change_naming_the_officer() {
        totp(current).begin("budi");
        String foreign = new SecretSealer(MasterKey.generate(), "officer-totp").seal("siti", new byte[20]);
        database.getCollection(OfficerAccounts.COLLECTION).updateOne(eq("_id", "siti"),
                Updates.set("totp.pending", foreign));

        assertThatThrownBy(() -> OfficerTotp.resealed(database, new MasterKeyChange(current, next)))
                .isInstanceOf(PersonalDataCryptoException.class).hasMessageContaining("siti")
                .hasMessageNotContaining("budi");
    }

    private OfficerTotp totp(MasterKey key) {
        return new OfficerTotp(accounts, key, clock, "Sigap uji");
    }
}

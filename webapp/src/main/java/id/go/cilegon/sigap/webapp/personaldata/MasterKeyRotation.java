package id.go.cilegon.sigap.webapp.personaldata;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import id.go.cilegon.sigap.infra.axon.ProcessingNodes;
import id.go.cilegon.sigap.infra.axon.ProcessingProperties;
import id.go.cilegon.sigap.infra.mongo.MongoStoreConfiguration;
import id.go.cilegon.sigap.infra.mongo.SigapMongoProperties;
import id.go.cilegon.sigap.infra.mongo.WriteDurability;
import id.go.cilegon.sigap.infra.personaldata.BlindIndex;
import id.go.cilegon.sigap.infra.personaldata.MasterKey;
import id.go.cilegon.sigap.infra.personaldata.MasterKeyChange;
import id.go.cilegon.sigap.infra.personaldata.PersonalDataCryptoException;
import id.go.cilegon.sigap.infra.personaldata.Resealing;
import id.go.cilegon.sigap.infra.personaldata.SubjectKeyStore;
import id.go.cilegon.sigap.webapp.security.OfficerTotp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;

/**
 * A change of the personal-data master key (ADR 0036), run by the same jar while every node is stopped:
 * {@code java -jar sigap.jar --sigap.personal-data.rotate-master-key=true}, with the store and the current key as
 * the nodes have them ({@code SIGAP_MONGODB_URI}, {@code SIGAP_PERSONAL_DATA_MASTER_KEY}, or the embedded store and
 * the key file in the data directory) and the new key in {@value #NEW_KEY} ({@code
 * SIGAP_PERSONAL_DATA_NEW_MASTER_KEY} or a secrets file; with the key file it may be left out, and one is made). It
 * <ol>
 *   <li>refuses while a node has been heard of within the claim timeout;</li>
 *   <li>reads every data subject's key and every officer's TOTP secret, and refuses if any opens with neither key;</li>
 *   <li>writes them sealed under the new key;</li>
 *   <li>empties the person index and removes its processor's tokens: its blind index is derived from the master key,
 *       and the next start rebuilds it from the events;</li>
 *   <li>with the key file: puts the new key in it and keeps the old one in {@code master.key.previous}.</li>
 * </ol>
 * The events are not touched: the data subjects' own keys do not change. Run again after a crash, it goes on where it
 * stopped. Exit status 0 when done, 1 when refused.
 *
 * <p>Deliberately not a {@code @Configuration}: the application's component scan must never run it.
 */
@Import(MongoStoreConfiguration.class)
@ImportAutoConfiguration(MongoAutoConfiguration.class)
@EnableConfigurationProperties(ProcessingProperties.class)
public class MasterKeyRotation implements ApplicationRunner, ExitCodeGenerator {

    /** Chooses this mode, from the command line or the environment ({@code SIGAP_PERSONAL_DATA_ROTATE_MASTER_KEY}). */
    public static final String PROPERTY = "sigap.personal-data.rotate-master-key";
    static final String NEW_KEY = "sigap.personal-data.new-master-key";
    private static final String CURRENT_KEY = "sigap.personal-data.master-key";

    private static final Logger logger = LoggerFactory.getLogger(MasterKeyRotation.class);

    private final MongoClient client;
    private final SigapMongoProperties mongo;
    private final ProcessingProperties processing;
    private final WriteDurability durability;
    private final Environment environment;
    private int exitCode;

    MasterKeyRotation(MongoClient client, SigapMongoProperties mongo, ProcessingProperties processing,
            WriteDurability durability, Environment environment) {
        this.client = client;
        this.mongo = mongo;
        this.processing = processing;
        this.durability = durability;
        this.environment = environment;
    }

    /** A Spring application with the store and this change only; it ends when the change is done or refused. */
    public static SpringApplication application() {
        SpringApplication application = new SpringApplication(MasterKeyRotation.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        return application;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        try {
            rotate(client.getDatabase(mongo.database()));
        } catch (Refused | PersonalDataCryptoException | IllegalArgumentException e) {
            logger.error("The master key was not changed: {}", e.getMessage());
            exitCode = 1;
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    private void rotate(MongoDatabase database) {
        List<String> alive = ProcessingNodes.alive(database, processing.claimTimeout(), Clock.systemUTC());
        if (!alive.isEmpty()) {
            throw new Refused("nodes were heard of within the claim timeout (" + processing.claimTimeout() + "): "
                    + String.join(", ", alive) + ". Stop every node first, then run this again.");
        }
        String configured = environment.getProperty(CURRENT_KEY, "");
        Path keyFile = configured.isBlank() ? MasterKey.fileIn(mongo.dataDir()) : null;
        if (keyFile != null && Files.notExists(keyFile)) {
            throw new Refused("there is no current key: neither " + CURRENT_KEY + " (SIGAP_PERSONAL_DATA_MASTER_KEY) "
                    + "nor the key file " + keyFile);
        }
        MasterKey current = keyFile == null ? MasterKey.fromBase64(configured) : MasterKey.fromFile(keyFile);
        if (keyFile != null && MasterKey.previousKeptFromAnotherChange(keyFile, current)) {
            throw new Refused(MasterKey.previousOf(keyFile) + " from an earlier change is still there: it opens the "
                    + "backups taken before that change, so move it to where they are kept, then run this again");
        }
        String given = environment.getProperty(NEW_KEY, "");
        MasterKey next = given.isBlank() ? null : MasterKey.fromBase64(given);
        if (next != null && next.sameAs(current)) {
            throw new Refused("the new key is the current one");
        }
        if (keyFile == null && next == null) {
            throw new Refused("no new key: give it as " + NEW_KEY + " (SIGAP_PERSONAL_DATA_NEW_MASTER_KEY), base64 of"
                    + " 32 bytes, e.g. from `openssl rand -base64 32`");
        }
        // With the key file, the new key is on disk beside it before anything is sealed with it.
        MasterKeyChange change = new MasterKeyChange(current, keyFile == null ? next : MasterKey.staged(keyFile, next));

        List<Resealing> resealings = new ArrayList<>(SubjectKeyStore.rewrapped(database, change));
        int subjectKeys = resealings.size();
        resealings.addAll(OfficerTotp.resealed(database, change));
        long written = Resealing.applyAll(database, resealings);
        logger.info("Sealed again under the new master key: {} data subjects' keys and {} officers' TOTP secrets "
                + "({} documents written; those already under it were left as they were)", subjectKeys,
                resealings.size() - subjectKeys, written);

        new PersonIndex(database, BlindIndex.derivedFrom(change.next())).reset();
        DefaultMongoTemplate.builder().mongoDatabase(client, mongo.database()).build().trackingTokensCollection()
                .deleteMany(eq("processorName", PersonIndex.PROCESSING_GROUP));
        logger.info("The person index was emptied; the next node to start rebuilds it from the events (processor {})",
                PersonIndex.PROCESSING_GROUP);

        // On disk before anything says it is done, and before the key file names the new key: a crash between the two
        // would leave a file whose key opens nothing (the embedded store writes its file about once a second).
        durability.awaitDurable();
        if (keyFile != null) {
            Path previous = current.promoteStaged(keyFile);
            logger.warn("The new master key is in {}. The previous one is in {}: the backups taken before this change"
                    + " open only with it, so keep it where those backups are kept, and delete it here.", keyFile,
                    previous);
        } else {
            logger.warn("Done. Give every node the new key as {} (SIGAP_PERSONAL_DATA_MASTER_KEY) and remove {} "
                    + "before starting them; the backups taken before this change open only with the previous key.",
                    CURRENT_KEY, NEW_KEY);
        }
    }

    /** Why the change was not made; nothing was written. */
    private static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }
}

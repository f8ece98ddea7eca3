package id.go.cilegon.sigap.infra.personaldata;

import static com.mongodb.client.model.Filters.eq;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.ReadConcern;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Projections;
import id.go.cilegon.sigap.command.shared.api.personaldata.DataSubjectId;
import id.go.cilegon.sigap.command.shared.api.personaldata.SubjectKeys;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.bson.Document;

/**
 * One AES-256 key per data subject, in the collection {@value #COLLECTION}: {@code _id} is the subject id,
 * {@code wrappedKey} the key sealed with the {@link MasterKey} (AES-GCM, subject id as AAD), {@code createdAt} when
 * it was made. Deleting the document is the erasure: every event sealed with that key becomes unreadable.
 *
 * <p>Several nodes share the collection. A key is created on first use by inserting under the unique {@code _id};
 * the node that loses the race reads the winner's key, so a subject never has two keys. Writes wait for a
 * journaled majority and reads ask for majority-committed data, because a key lost in a fail-over would take every
 * event sealed with it along.
 *
 * <p>Unwrapped keys are cached (at most 100,000 subjects, a few tens of MB: with fewer, the processors of a rebuild,
 * each at its own place in the history, load the same keys again and again) for {@link #CACHE_EXPIRY}:
 * {@link #forget} takes effect at once on the node that runs it and on every other node within those two minutes,
 * when their cached copy expires. Subjects without a key are not cached, so a key created on another node is seen at
 * once.
 */
public final class SubjectKeyStore implements SubjectKeys {

    public static final String COLLECTION = "personal_data_keys";
    public static final Duration CACHE_EXPIRY = Duration.ofMinutes(2);
    private static final int CACHE_SIZE = 100_000;
    private static final String WRAPPED_KEY = "wrappedKey";

    private final MongoCollection<Document> keys;
    private final MasterKey masterKey;
    private final Clock clock;
    private final PersonalDataCipher cipher = new PersonalDataCipher();
    private final Cache<DataSubjectId, SecretKey> cache =
            Caffeine.newBuilder().maximumSize(CACHE_SIZE).expireAfterWrite(CACHE_EXPIRY).build();

    public SubjectKeyStore(MongoDatabase database, MasterKey masterKey, Clock clock) {
        this.keys = database.getCollection(COLLECTION)
                .withWriteConcern(WriteConcern.MAJORITY.withJournal(true))
                .withReadConcern(ReadConcern.MAJORITY);
        this.masterKey = masterKey;
        this.clock = clock;
    }

    /** The subject's key, created (once, across all nodes) if the subject has none yet. */
    public SecretKey keyFor(DataSubjectId subject) {
        return cache.get(subject, this::loadOrCreate);
    }

    /** The subject's key, or empty if it never had one or has been {@linkplain #forget forgotten}. */
    public Optional<SecretKey> existingKey(DataSubjectId subject) {
        return Optional.ofNullable(cache.get(subject, s -> load(s).orElse(null)));
    }

    /**
     * Erases the subject: deletes the key, so everything sealed with it reads back as erased from now on (on other
     * nodes within {@link #CACHE_EXPIRY}). A later {@link #keyFor} makes a new key, which cannot open the old data.
     */
    @Override
    public void forget(DataSubjectId subject) {
        keys.deleteOne(eq("_id", subject.value()));
        cache.invalidate(subject);
    }

    /**
     * Every data subject's key wrapped with the next master key of {@code change}, except those that already are
     * (ADR 0036). Reads them all before anything is written.
     *
     * @throws PersonalDataCryptoException naming the subjects whose key opens with neither master key
     */
    public static List<Resealing> rewrapped(MongoDatabase database, MasterKeyChange change) {
        Resealing.Plan plan = new Resealing.Plan(COLLECTION);
        database.getCollection(COLLECTION).withReadConcern(ReadConcern.MAJORITY)
                .find().projection(Projections.include(WRAPPED_KEY)).forEach(document -> {
                    String id = document.getString("_id");
                    plan.add(id, WRAPPED_KEY, document.getString(WRAPPED_KEY),
                            wrapped -> change.rewrappedKey(new DataSubjectId(id), wrapped));
                });
        return plan.resealings("data subjects' keys");
    }

    private SecretKey loadOrCreate(DataSubjectId subject) {
        Optional<SecretKey> existing = load(subject);
        if (existing.isPresent()) {
            return existing.get();
        }
        SecretKey created = newKey();
        try {
            keys.insertOne(new Document("_id", subject.value())
                    .append(WRAPPED_KEY, cipher.seal(masterKey.secretKey(), subject, created.getEncoded()))
                    .append("createdAt", Date.from(clock.instant())));
            return created;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            return load(subject).orElseThrow(() -> new IllegalStateException("The key of data subject " + subject
                    + " was created by another node but is not readable (yet, or was forgotten meanwhile); retry"));
        }
    }

    private Optional<SecretKey> load(DataSubjectId subject) {
        Document document = keys.find(eq("_id", subject.value())).first();
        if (document == null) {
            return Optional.empty();
        }
        try {
            byte[] raw = cipher.open(masterKey.secretKey(), subject, document.getString(WRAPPED_KEY));
            return Optional.of(new SecretKeySpec(raw, "AES"));
        } catch (PersonalDataCryptoException e) {
            throw new PersonalDataCryptoException("Cannot unwrap the key of data subject " + subject
                    + ": it was wrapped with a different master key than the configured one (or the key document"
                    + " was altered). Check sigap.personal-data.master-key.", e);
        }
    }

    private static SecretKey newKey() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256);
            return generator.generateKey();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("AES is not available", e);
        }
    }
}

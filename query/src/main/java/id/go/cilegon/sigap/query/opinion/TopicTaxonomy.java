package id.go.cilegon.sigap.query.opinion;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import id.go.cilegon.sigap.query.opinion.api.Topic;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.bson.Document;

/**
 * The keyword taxonomy of topics that admins keep ({@code /admin/topik}), in the {@code opinion_topics} collection.
 * An empty collection is filled once from {@code opinion/taksonomi-topik.tsv}. The analysis reads the taxonomy
 * through a cache of {@link #CACHE} so that replaying a million events does not read it a million times; an edit
 * reaches this node at once and the others within that time. A changed taxonomy reads the texts that arrive
 * afterwards, and every text again when the opinion read models are rebuilt.
 */
public class TopicTaxonomy {

    static final String COLLECTION = "opinion_topics";
    static final Duration CACHE = Duration.ofSeconds(30);

    private final MongoCollection<Document> topics;
    private final Clock clock;
    private volatile Cached cached;

    private record Cached(List<Topic> topics, Instant until) {
    }

    public TopicTaxonomy(MongoDatabase database, Clock clock) {
        this.topics = database.getCollection(COLLECTION);
        this.clock = clock;
        if (topics.countDocuments() == 0) {
            seed();
        }
    }

    private void seed() {
        int order = 0;
        for (String line : ResourceLines.of("opinion/taksonomi-topik.tsv")) {
            String[] columns = line.split("\t");
            write(new Topic(columns[0].strip(), columns[1].strip(), Arrays.stream(columns[2].split(","))
                    .map(String::strip).filter(keyword -> !keyword.isEmpty()).toList(), true), order++);
        }
    }

    /** Every topic, active or not, in the taxonomy's order. */
    public List<Topic> all() {
        Cached current = cached;
        if (current == null || clock.instant().isAfter(current.until())) {
            List<Topic> read = new ArrayList<>();
            topics.find().sort(Sorts.ascending("order")).forEach(document -> read.add(topic(document)));
            current = new Cached(List.copyOf(read), clock.instant().plus(CACHE));
            cached = current;
        }
        return current.topics();
    }

    public Optional<Topic> find(String code) {
        return all().stream().filter(topic -> topic.code().equals(code)).findFirst();
    }

    /** Adds the topic at the end, or changes it in its place. */
    public void save(Topic topic) {
        Document existing = topics.find(eq("_id", topic.code())).first();
        write(topic, existing != null ? existing.getInteger("order") : (int) topics.countDocuments());
        cached = null;
    }

    private void write(Topic topic, int order) {
        topics.replaceOne(eq("_id", topic.code()), new Document("_id", topic.code())
                .append("name", topic.name())
                .append("keywords", topic.keywords())
                .append("active", topic.active())
                .append("order", order), new ReplaceOptions().upsert(true));
    }

    private static Topic topic(Document document) {
        return new Topic(document.getString("_id"), document.getString("name"),
                document.getList("keywords", String.class), document.getBoolean("active", true));
    }
}

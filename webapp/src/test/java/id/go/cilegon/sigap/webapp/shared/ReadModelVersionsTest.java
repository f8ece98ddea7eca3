package id.go.cilegon.sigap.webapp.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import id.go.cilegon.sigap.infra.mongo.EmbeddedMongo;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

class ReadModelVersionsTest {

    @Test
    void the_version_moves_with_the_named_processors_tokens_and_with_nothing_else() {
        try (EmbeddedMongo mongo = EmbeddedMongo.inMemory();
             MongoClient client = MongoClients.create(mongo.connectionString())) {
            MongoTemplate template = DefaultMongoTemplate.builder().mongoDatabase(client, "sigap").build();
            MongoCollection<Document> tokens = template.trackingTokensCollection();
            for (String processor : List.of("registers", "complaints", "opinion")) {
                for (int segment = 0; segment < 2; segment++) {
                    tokens.insertOne(new Document("processorName", processor).append("segment", segment)
                            .append("owner", "node-a").append("timestamp", 1L)
                            .append("token", new Binary(new byte[] {1, (byte) segment})));
                }
            }
            ReadModelVersions versions = new ReadModelVersions(template);
            List<String> sources = List.of("registers", "complaints");
            Object first = versions.of(sources).block();

            tokens.updateMany(Filters.eq("processorName", "registers"),
                    Updates.combine(Updates.set("owner", "node-b"), Updates.set("timestamp", 2L)));
            tokens.updateOne(Filters.eq("processorName", "opinion"), Updates.set("token", new Binary(new byte[] {9})));
            assertThat(versions.of(sources).block()).as("a claim moved, another processor went on")
                    .isEqualTo(first);

            tokens.updateOne(Filters.and(Filters.eq("processorName", "complaints"), Filters.eq("segment", 1)),
                    Updates.set("token", new Binary(new byte[] {2, 1})));
            assertThat(versions.of(sources).block()).as("one segment of a named processor went on")
                    .isNotEqualTo(first);
        }
    }

    @Test
    void a_value_is_computed_again_only_when_the_version_moved_and_a_failure_is_not_kept() {
        ReadModelVersions.Cache<String, Integer> cache = new ReadModelVersions.Cache<>(2);
        AtomicInteger computed = new AtomicInteger();

        assertThat(cache.get("2026", Mono.just("v1"), () -> Mono.fromCallable(computed::incrementAndGet)).block())
                .isEqualTo(1);
        assertThat(cache.get("2026", Mono.just("v1"), () -> Mono.fromCallable(computed::incrementAndGet)).block())
                .as("same version: kept").isEqualTo(1);
        assertThat(cache.get("2026", Mono.just("v2"), () -> Mono.fromCallable(computed::incrementAndGet)).block())
                .as("moved: computed again").isEqualTo(2);

        assertThatThrownBy(() -> cache.get("2025", Mono.just("v2"),
                () -> Mono.<Integer>error(new IllegalStateException("store away"))).block())
                .hasMessageContaining("store away");
        assertThat(cache.get("2025", Mono.just("v2"), () -> Mono.fromCallable(computed::incrementAndGet)).block())
                .as("a failure was not kept").isEqualTo(3);

        cache.get("2024", Mono.just("v2"), () -> Mono.just(100)).block();
        cache.get("2025", Mono.just("v2"), () -> Mono.just(-1)).block();
        assertThat(cache.get("2026", Mono.just("v2"), () -> Mono.fromCallable(computed::incrementAndGet)).block())
                .as("the least recently asked for went first").isEqualTo(4);
        assertThat(cache.get("2025", Mono.just("v2"), () -> Mono.just(-1)).block()).as("still kept").isEqualTo(3);
    }
}

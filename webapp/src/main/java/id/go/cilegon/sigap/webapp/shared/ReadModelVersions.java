package id.go.cilegon.sigap.webapp.shared;

import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Projections.excludeId;
import static com.mongodb.client.model.Projections.fields;
import static com.mongodb.client.model.Projections.include;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.function.Supplier;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.bson.Document;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Which events some read models reflect: the tracking tokens of the processors that write them, on every node. A
 * processor writes its read models before it stores its token, so while the tokens stay the same so do the read
 * models, and a figure computed from them still holds (ADR 0028).
 */
@Component
public class ReadModelVersions {

    private final MongoCollection<Document> tokens;

    ReadModelVersions(MongoTemplate axonMongoTemplate) {
        this.tokens = axonMongoTemplate.trackingTokensCollection();
    }

    /** The version of what {@code processors} have written: equal versions, equal read models. */
    public Mono<Object> of(Collection<String> processors) {
        return Mono.<Object>fromCallable(() -> tokens.find(in("processorName", processors))
                        .projection(fields(include("processorName", "segment", "token"), excludeId()))
                        .sort(Sorts.ascending("processorName", "segment"))
                        .into(new ArrayList<Document>()))
                .subscribeOn(Schedulers.boundedElastic());
    }

    /**
     * The last value computed for each key and the version of the read models it was computed from, given again
     * while that version holds. At most {@code capacity} keys are kept, the least recently asked for going first.
     */
    public static final class Cache<K, V> {

        private final int capacity;
        private final LinkedHashMap<K, Computed<V>> computed;

        public Cache(int capacity) {
            this.capacity = capacity;
            this.computed = new LinkedHashMap<>(capacity, 0.75f, true);
        }

        /**
         * The value for {@code key}: the one kept if {@code version} equals the version it was computed from,
         * otherwise {@code compute}'s, then kept with the version read before it was computed (so a change while it
         * is computed makes the next read compute again). A failure is not kept.
         */
        public Mono<V> get(K key, Mono<Object> version, Supplier<Mono<V>> compute) {
            return version.flatMap(now -> {
                Computed<V> kept = kept(key);
                return kept != null && kept.version().equals(now) ? Mono.just(kept.value())
                        : compute.get().doOnNext(value -> keep(key, new Computed<>(now, value)));
            });
        }

        private synchronized Computed<V> kept(K key) {
            return computed.get(key);
        }

        private synchronized void keep(K key, Computed<V> value) {
            computed.put(key, value);
            if (computed.size() > capacity) {
                computed.remove(computed.keySet().iterator().next());
            }
        }

        private record Computed<V>(Object version, V value) {
        }
    }
}

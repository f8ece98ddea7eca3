package id.go.cilegon.sigap.infra.mongo;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lte;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FirstInOrderTest {

    @Test
    void keeps_the_first_documents_in_order_and_equal_ones_as_they_came() {
        List<de.bwaldvogel.mongo.bson.Document> documents = IntStream.range(0, 10_000)
                .mapToObj(i -> new de.bwaldvogel.mongo.bson.Document("_id", i).append("due", (i * 7919) % 500))
                .toList();

        List<Object> page = FirstInOrder.of(documents.stream(), d -> (Integer) d.get("_id") % 2 == 0,
                        new de.bwaldvogel.mongo.bson.Document("due", 1), 30, 20)
                .map(d -> d.get("_id")).toList();

        List<Object> sorted = documents.stream().filter(d -> (Integer) d.get("_id") % 2 == 0)
                .sorted(Comparator.comparing(d -> (Integer) d.get("due"))).map(d -> d.get("_id")).toList();
        assertThat(page).as("the first fifty of the stable sort, for the server to skip thirty")
                .isEqualTo(sorted.subList(0, 50));
    }

    @Test
    void a_listing_deep_or_uncut_or_unsorted_is_left_to_the_server() {
        de.bwaldvogel.mongo.bson.Document byDue = new de.bwaldvogel.mongo.bson.Document("due", 1);
        assertThat(FirstInOrder.applies(byDue, 0, 50)).isTrue();
        assertThat(FirstInOrder.applies(byDue, FirstInOrder.MOST_KEPT - 50, 50)).isTrue();
        assertThat(FirstInOrder.applies(byDue, FirstInOrder.MOST_KEPT, 50)).isFalse();
        assertThat(FirstInOrder.applies(byDue, Integer.MAX_VALUE, Integer.MAX_VALUE)).as("no overflow").isFalse();
        assertThat(FirstInOrder.applies(byDue, 0, 0)).as("no limit").isFalse();
        assertThat(FirstInOrder.applies(null, 0, 50)).as("no order").isFalse();
        assertThat(FirstInOrder.applies(new de.bwaldvogel.mongo.bson.Document(), 0, 50)).as("no order").isFalse();
        assertThat(FirstInOrder.applies(new de.bwaldvogel.mongo.bson.Document("$natural", 1), 0, 50))
                .as("the order of the collection").isFalse();
    }

    @Test
    void in_memory_a_page_is_the_same_slice_of_the_whole_sorted_listing() {
        try (EmbeddedMongo mongo = EmbeddedMongo.inMemory()) {
            pagesAreSlicesOfTheWhole(mongo);
        }
    }

    @Test
    void in_h2_a_page_is_the_same_slice_of_the_whole_sorted_listing(@TempDir Path dir) {
        try (EmbeddedMongo mongo = EmbeddedMongo.h2(dir)) {
            pagesAreSlicesOfTheWhole(mongo);
        }
    }

    /**
     * The store's answer without a limit is its full sort, which {@link FirstInOrder} leaves alone; every page asked
     * with skip and limit must be the same slice of it, ties (many equal due dates, missing fields) included.
     */
    private static void pagesAreSlicesOfTheWhole(EmbeddedMongo mongo) {
        try (MongoClient client = MongoClients.create(mongo.connectionString())) {
            MongoCollection<Document> open = client.getDatabase("sigap").getCollection("open");
            Random random = new Random(9);
            List<Document> documents = new ArrayList<>();
            for (int i = 0; i < 3_000; i++) {
                Document document = new Document("_id", "req-" + i)
                        .append("noticeDue", LocalDate.of(2026, 1, 1).plusDays(random.nextInt(40)).toString())
                        .append("unit", "U" + random.nextInt(5))
                        .append("noticeSent", random.nextBoolean());
                if (random.nextInt(10) > 0) {
                    document.append("number", random.nextInt(200));
                }
                if (random.nextInt(4) > 0) {
                    document.append("handler", new Document("since", random.nextInt(30)));
                }
                documents.add(document);
            }
            open.insertMany(documents);

            List<Bson> filters = List.of(new Document(), eq("unit", "U2"), lte("noticeDue", "2026-01-10"));
            List<Bson> orders = List.of(Sorts.ascending("noticeDue", "number"), Sorts.descending("number"),
                    Sorts.orderBy(Sorts.ascending("unit"), Sorts.descending("noticeDue")),
                    Sorts.orderBy(Sorts.descending("handler.since"), Sorts.ascending("noticeDue")));
            for (Bson filter : filters) {
                for (Bson order : orders) {
                    List<Document> whole = open.find(filter).sort(order).into(new ArrayList<>());
                    for (int[] page : new int[][] {{0, 50}, {50, 50}, {0, 1}, {whole.size() - 10, 50}, {0, 5_000}}) {
                        List<Document> expected = whole.subList(Math.min(page[0], whole.size()),
                                Math.min(page[0] + page[1], whole.size()));
                        FindIterable<Document> asked = open.find(filter).sort(order).skip(page[0]).limit(page[1]);
                        assertThat(asked.into(new ArrayList<>())).as("%s by %s, page %d+%d", filter, order,
                                page[0], page[1]).isEqualTo(expected);
                    }
                }
            }
            assertThat(open.find(eq("unit", "U1")).sort(Sorts.ascending("noticeDue")).limit(3)
                    .projection(Projections.include("noticeDue")).into(new ArrayList<>()))
                    .as("with a projection").isEqualTo(open.find(eq("unit", "U1")).sort(Sorts.ascending("noticeDue"))
                            .projection(Projections.include("noticeDue")).into(new ArrayList<>()).subList(0, 3));
        }
    }
}

package id.go.cilegon.sigap.infra.register;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class MongoRegisterSequenceTest {

    private MongoServer server;
    private MongoClient client;
    private MongoClient secondNode;

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
        secondNode = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
    }

    @AfterEach
    void stop() {
        client.close();
        secondNode.close();
        server.shutdownNow();
    }

    @Test
    void each_register_and_year_counts_from_one() {
        MongoRegisterSequence sequence = new MongoRegisterSequence(client.getDatabase("sigap"));

        assertThat(List.of(sequence.next("PPID", 2026), sequence.next("PPID", 2026), sequence.next("PPID", 2027),
                sequence.next("KEBERATAN", 2026))).containsExactly(1L, 2L, 1L, 1L);
    }

    @Test
    void two_nodes_issuing_at_once_never_get_the_same_number() throws Exception {
        List<MongoRegisterSequence> nodes = List.of(new MongoRegisterSequence(client.getDatabase("sigap")),
                new MongoRegisterSequence(secondNode.getDatabase("sigap")));
        Set<Long> issued = ConcurrentHashMap.newKeySet();
        ExecutorService writers = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new java.util.ArrayList<>();
            for (int writer = 0; writer < 8; writer++) {
                MongoRegisterSequence node = nodes.get(writer % 2);
                done.add(writers.submit(() -> {
                    for (int i = 0; i < 250; i++) {
                        assertThat(issued.add(node.next("PPID", 2026))).as("a number issued twice").isTrue();
                    }
                }));
            }
            for (Future<?> writer : done) {
                writer.get();
            }
        } finally {
            writers.shutdownNow();
        }

        assertThat(issued).hasSize(2000).contains(1L, 2000L);
    }
}

package id.go.cilegon.sigap.infra.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import id.go.cilegon.sigap.command.shared.api.RuleViolation;
import id.go.cilegon.sigap.infra.eventstore.GapAwareMongoEventStorageEngine;
import id.go.cilegon.sigap.infra.mongo.EmbeddedMongo;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * Two application nodes — each its own Axon configuration, aggregate lock and MongoDB connection — on one database.
 * Node B's command loads a case; while it holds what it loaded, node A changes the same case and commits; then B
 * appends and loses the race on the event store's stream key. Sigap's gateway ({@link CommandGatewayConfiguration})
 * runs B's command again against the new state, so the loser is judged by the rules, never by a storage error. The
 * interleaving is fixed by the test (A acts from within B's handler, on a thread of its own), not left to timing.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ConcurrentChangeRetryTest {

    private static final String TICKET = "tiket-1";

    private final List<Node> nodes = new ArrayList<>();
    private final ExecutorService otherThread = Executors.newSingleThreadExecutor();
    private EmbeddedMongo mongo;
    private Node nodeA;
    private Node nodeB;

    @BeforeEach
    void start() {
        mongo = EmbeddedMongo.inMemory();
        nodeA = node();
        nodeB = node();
        nodeA.gateway.sendAndWait(new OpenTicket(TICKET));
    }

    @AfterEach
    void stop() {
        otherThread.shutdownNow();
        nodes.forEach(Node::stop);
        mongo.close();
    }

    @Test
    void the_loser_of_a_race_is_judged_again_and_refused_by_the_rule_it_now_breaks() {
        nodeB.meanwhile.onFirstLoad(() -> nodeA.gateway.sendAndWait(new DecideTicket(TICKET, "A")));

        assertThatThrownBy(() -> nodeB.gateway.sendAndWait(new DecideTicket(TICKET, "B")))
                .isInstanceOf(RuleViolation.class)
                .extracting(failure -> ((RuleViolation) failure).code()).isEqualTo(Ticket.ALREADY_DECIDED);

        assertThat(nodeB.meanwhile.loads()).as("B's command ran again after losing").isEqualTo(2);
        assertThat(storedEvents()).containsExactly(new TicketOpened(TICKET), new TicketDecided(TICKET, "A"));
    }

    @Test
    void acts_that_may_both_stand_both_stand_after_the_loser_is_tried_again() {
        nodeB.meanwhile.onFirstLoad(() -> nodeA.gateway.sendAndWait(new NoteTicket(TICKET, "catatan A")));

        nodeB.gateway.sendAndWait(new NoteTicket(TICKET, "catatan B"));

        assertThat(nodeB.meanwhile.loads()).isEqualTo(2);
        assertThat(storedEvents()).containsExactly(new TicketOpened(TICKET), new TicketNoted(TICKET, "catatan A"),
                new TicketNoted(TICKET, "catatan B"));
    }

    @Test
    void a_refusal_by_the_rules_is_final_at_once() {
        nodeA.gateway.sendAndWait(new DecideTicket(TICKET, "A"));

        assertThatThrownBy(() -> nodeB.gateway.sendAndWait(new DecideTicket(TICKET, "B")))
                .isInstanceOf(RuleViolation.class);

        assertThat(nodeB.meanwhile.loads()).as("a rule is not asked twice").isEqualTo(1);
    }

    @Test
    void a_case_changed_before_every_attempt_gives_up_with_the_conflict_after_the_last_retry() {
        nodeB.meanwhile.onEveryLoad(() -> nodeA.gateway.sendAndWait(new NoteTicket(TICKET, "lagi")));

        assertThatThrownBy(() -> nodeB.gateway.sendAndWait(new NoteTicket(TICKET, "catatan B")))
                .isInstanceOf(ConcurrencyException.class)
                .satisfies(failure -> assertThat(ConcurrentChangeRetry.isConcurrentChange(failure)).isTrue());

        assertThat(nodeB.meanwhile.loads()).isEqualTo(1 + CommandGatewayConfiguration.RETRIES);
        assertThat(storedEvents()).hasSize(1 + 1 + CommandGatewayConfiguration.RETRIES)
                .doesNotContain(new TicketNoted(TICKET, "catatan B"));
    }

    private List<Object> storedEvents() {
        List<Object> payloads = new ArrayList<>();
        DomainEventStream stream = nodeA.engine.readEvents(TICKET);
        stream.forEachRemaining(event -> payloads.add(event.getPayload()));
        return payloads;
    }

    private Node node() {
        Node node = new Node(mongo);
        nodes.add(node);
        return node;
    }

    /** One application node: its own connection, storage engine, Axon configuration and Sigap's gateway. */
    private final class Node {

        final Meanwhile meanwhile = new Meanwhile();
        final MongoClient client;
        final GapAwareMongoEventStorageEngine engine;
        final Configuration axon;
        final ConcurrentChangeRetry retry = new CommandGatewayConfiguration().concurrentChangeRetry();
        final CommandGateway gateway;

        Node(EmbeddedMongo mongo) {
            JacksonSerializer serializer = JacksonSerializer.defaultSerializer();
            client = MongoClients.create(mongo.connectionString() + "/?uuidRepresentation=standard");
            engine = GapAwareMongoEventStorageEngine.builder()
                    .mongoDatabase(client, "sigap")
                    .eventSerializer(serializer)
                    .writeDurability(mongo.durability())
                    .build();
            // Without the configurer modules found on the class path: no Axon Server connector, local buses only.
            axon = DefaultConfigurer.defaultConfiguration(false)
                    .configureSerializer(c -> serializer)
                    .configureEmbeddedEventStore(c -> engine)
                    .configureAggregate(Ticket.class)
                    .registerComponent(Meanwhile.class, c -> meanwhile)
                    .buildConfiguration();
            axon.start();
            gateway = new CommandGatewayConfiguration().commandGateway(axon.commandBus(), retry);
        }

        void stop() {
            axon.shutdown();
            retry.close();
            client.close();
        }
    }

    /** What the other node does while this node's command holds the ticket it loaded, before it appends. */
    final class Meanwhile {

        private final AtomicInteger loads = new AtomicInteger();
        private Runnable firstLoad;
        private Runnable everyLoad;

        void onFirstLoad(Runnable otherNodesAct) {
            this.firstLoad = otherNodesAct;
        }

        void onEveryLoad(Runnable otherNodesAct) {
            this.everyLoad = otherNodesAct;
        }

        int loads() {
            return loads.get();
        }

        void loaded() {
            if (loads.incrementAndGet() == 1 && firstLoad != null) {
                elsewhere(firstLoad);
            }
            if (everyLoad != null) {
                elsewhere(everyLoad);
            }
        }

        /**
         * Runs the other node's act to its end on a thread of its own: on this thread it would join this command's
         * unit of work instead of committing as another node does.
         */
        private void elsewhere(Runnable act) {
            try {
                otherThread.submit(act).get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
        }
    }

    record OpenTicket(@TargetAggregateIdentifier String id) {
    }

    record DecideTicket(@TargetAggregateIdentifier String id, String by) {
    }

    record NoteTicket(@TargetAggregateIdentifier String id, String note) {
    }

    record TicketOpened(String id) {
    }

    record TicketDecided(String id, String by) {
    }

    record TicketNoted(String id, String note) {
    }

    /** A case in miniature: decided once, noted any number of times. */
    static class Ticket {

        static final String ALREADY_DECIDED = "ticket.already-decided";

        @AggregateIdentifier
        private String id;
        private String decidedBy;

        protected Ticket() {
            // Axon rebuilds the aggregate from an empty instance and its events.
        }

        @CommandHandler
        Ticket(OpenTicket command) {
            apply(new TicketOpened(command.id()));
        }

        @CommandHandler
        void handle(DecideTicket command, Meanwhile meanwhile) {
            meanwhile.loaded();
            if (decidedBy != null) {
                throw new RuleViolation(ALREADY_DECIDED, id + " was decided by " + decidedBy);
            }
            apply(new TicketDecided(id, command.by()));
        }

        @CommandHandler
        void handle(NoteTicket command, Meanwhile meanwhile) {
            meanwhile.loaded();
            apply(new TicketNoted(id, command.note()));
        }

        @EventSourcingHandler
        void on(TicketOpened event) {
            this.id = event.id();
        }

        @EventSourcingHandler
        void on(TicketDecided event) {
            this.decidedBy = event.by();
        }
    }
}

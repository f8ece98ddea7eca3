package id.go.cilegon.sigap.bench.store;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import id.go.cilegon.sigap.bench.Corpus;
import id.go.cilegon.sigap.bench.Latency;
import id.go.cilegon.sigap.bench.Report;
import id.go.cilegon.sigap.command.informationrequest.InformationRequest;
import id.go.cilegon.sigap.command.informationrequest.InformationRequestRegistration;
import id.go.cilegon.sigap.command.informationrequest.api.ClarificationPolicy;
import id.go.cilegon.sigap.command.informationrequest.api.CloseInformationRequest;
import id.go.cilegon.sigap.command.informationrequest.api.Cost;
import id.go.cilegon.sigap.command.informationrequest.api.DeliveryMethod;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestId;
import id.go.cilegon.sigap.command.informationrequest.api.NoticeDecision;
import id.go.cilegon.sigap.command.informationrequest.api.ObtainMethod;
import id.go.cilegon.sigap.command.informationrequest.api.Recipient;
import id.go.cilegon.sigap.command.informationrequest.api.RecordDelivery;
import id.go.cilegon.sigap.command.informationrequest.api.RegisterInformationRequest;
import id.go.cilegon.sigap.command.informationrequest.api.Requester;
import id.go.cilegon.sigap.command.informationrequest.api.SendWrittenNotice;
import id.go.cilegon.sigap.command.informationrequest.api.WrittenNotice;
import id.go.cilegon.sigap.command.shared.api.Channel;
import id.go.cilegon.sigap.command.shared.api.OfficerId;
import id.go.cilegon.sigap.command.shared.api.RegisterSequence;
import id.go.cilegon.sigap.command.shared.api.personaldata.DataSubjectId;
import id.go.cilegon.sigap.command.shared.api.personaldata.PersonalData;
import id.go.cilegon.sigap.command.shared.calendar.WorkingDayCalendar;
import id.go.cilegon.sigap.infra.register.MongoRegisterSequence;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.Serializer;

/**
 * One event storage engine under the command side's real work: Sigap's {@link InformationRequest} aggregate and its
 * registration desk on Axon's own configuration, four writers each moving requests through registration, written
 * notice, hand-over and close (one new request for three actions on stored ones, each action loading its aggregate
 * from the store), while three tracking processors follow the stream with a token store in the same database, as
 * Sigap's projections do. The same workload runs once on Sigap's engine and once on the Axon Mongo extension's, each
 * in a database of its own on the same server; neither has an aggregate cache, as Sigap has none.
 */
public final class EnginePeer {

    private static final int WRITERS = 4;
    private static final int PROCESSORS = 3;
    private static final int OPEN_PER_WRITER = 8;
    private static final OfficerId OFFICER = OfficerId.of("petugas");

    private final MongoClient client;
    private final Corpus corpus;
    private final String masterKey;

    public EnginePeer(MongoClient client, Corpus corpus, String masterKey) {
        this.client = client;
        this.corpus = corpus;
        this.masterKey = masterKey;
    }

    /** The workload on Sigap's engine, in database {@code bench_engine_sigap}. */
    public Outcome sigapEngine(Duration duration) throws Exception {
        return run("Sigap's GapAwareMongoEventStorageEngine", "bench_engine_sigap",
                (mongo, serializer) -> Engines.sigap(mongo, "bench_engine_sigap", serializer), duration);
    }

    /** The workload on the Axon Mongo extension's engine, in database {@code bench_engine_extension}. */
    public Outcome extensionEngine(Duration duration) throws Exception {
        return run("Axon Mongo extension 4.12 MongoEventStorageEngine", "bench_engine_extension",
                (mongo, serializer) -> Engines.extension(mongo, "bench_engine_extension", serializer), duration);
    }

    /**
     * Runs the workload for {@code duration} on the engine {@code engine} builds, in database {@code database}
     * (emptied first), then gives the processors up to a minute to catch up.
     */
    private Outcome run(String label, String database, BiFunction<MongoClient, Serializer, EventStorageEngine> engine,
            Duration duration) throws Exception {
        Report.progress("peer workload on " + label + " for " + duration.toSeconds() + " s");
        MongoDatabase store = client.getDatabase(database);
        store.drop();
        Serializer serializer = Engines.serializer(store, masterKey);
        WorkingDayCalendar calendar = WorkingDayCalendar.standard(ZoneId.of("Asia/Jakarta"), LocalTime.of(16, 0));
        MongoRegisterSequence registers = new MongoRegisterSequence(store);
        List<Counter> counters = new ArrayList<>();
        Configurer configurer = DefaultConfigurer.defaultConfiguration()
                .configureSerializer(c -> serializer)
                .configureEventSerializer(c -> serializer)
                .configureMessageSerializer(c -> serializer)
                .configureTransactionManager(c -> NoTransactionManager.INSTANCE)
                .configureEmbeddedEventStore(c -> engine.apply(client, serializer))
                .registerComponent(Clock.class, c -> Clock.systemUTC())
                .registerComponent(WorkingDayCalendar.class, c -> calendar)
                .registerComponent(ClarificationPolicy.class, c -> ClarificationPolicy.PAUSE)
                .registerComponent(RegisterSequence.class, c -> registers)
                .configureAggregate(InformationRequest.class)
                .registerCommandHandler(c -> new InformationRequestRegistration(
                        c.repository(InformationRequest.class), registers, calendar));
        configurer.eventProcessing().registerTokenStore(c -> MongoTokenStore.builder()
                .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(client, database).build())
                .serializer(serializer).transactionManager(NoTransactionManager.INSTANCE).build());
        for (int p = 0; p < PROCESSORS; p++) {
            Counter counter = new Counter();
            counters.add(counter);
            String name = "peer-" + p;
            configurer.eventProcessing()
                    .registerTrackingEventProcessor(name)
                    .registerTrackingEventProcessorConfiguration(name, c -> TrackingEventProcessorConfiguration
                            .forSingleThreadedProcessing().andBatchSize(100))
                    .registerEventHandler(c -> counter)
                    .assignHandlerInstancesMatching(name, handler -> handler == counter);
        }
        Configuration axon = configurer.buildConfiguration();
        axon.start();
        try {
            return drive(label, axon.commandGateway(), counters, duration);
        } finally {
            axon.shutdown();
        }
    }

    private Outcome drive(String label, CommandGateway commands, List<Counter> counters, Duration duration)
            throws Exception {
        Latency latency = new Latency(label);
        AtomicLong committed = new AtomicLong();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        List<Future<?>> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            Random random = new Random(100 + w);
            writers.add(pool.submit(() -> {
                Deque<Case> open = new ArrayDeque<>();
                while (running.get()) {
                    Case next = open.size() < OPEN_PER_WRITER ? new Case(InformationRequestId.newId(), 0) : open.poll();
                    long started = System.nanoTime();
                    try {
                        commands.sendAndWait(command(next, random));
                        latency.record(System.nanoTime() - started);
                        committed.incrementAndGet();
                        if (next.step() < 3) {
                            open.add(new Case(next.id(), next.step() + 1));
                        }
                    } catch (RuntimeException e) {
                        Throwable cause = e.getCause() != null ? e.getCause() : e;
                        if (latency.failures() == 0) {
                            Report.progress("first failed command on " + label + ": " + cause);
                        }
                        latency.fail(cause.getClass().getSimpleName());
                    }
                }
                return null;
            }));
        }
        long started = System.nanoTime();
        Thread.sleep(duration.toMillis());
        running.set(false);
        for (Future<?> writer : writers) {
            writer.get();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        long behind = committed.get() - slowest(counters);
        long waitStarted = System.nanoTime();
        while (slowest(counters) < committed.get() && System.nanoTime() - waitStarted < 60_000_000_000L) {
            Thread.sleep(100);
        }
        double catchUp = (System.nanoTime() - waitStarted) / 1e9;
        return new Outcome(label, committed.get(), seconds, behind, committed.get() - slowest(counters), catchUp,
                latency);
    }

    private static long slowest(List<Counter> counters) {
        return counters.stream().mapToLong(counter -> counter.seen.get()).min().orElse(0);
    }

    /** The next command on a request: its registration, then the notice granting it, the hand-over, the close. */
    private Object command(Case next, Random random) {
        InformationRequestId id = next.id();
        return switch (next.step()) {
            case 0 -> {
                String name = corpus.name(random);
                yield new RegisterInformationRequest(id, Channel.WEB, Instant.now(),
                        PersonalData.of(DataSubjectId.newId(), new Requester(name, Requester.IdentityKind.NIK,
                                corpus.nik(random), corpus.address(random), corpus.phone(random),
                                corpus.email(name, random), corpus.occupation(random))),
                        corpus.informationRequested(random, 2026), corpus.purpose(random),
                        ObtainMethod.SALINAN_SOFTCOPY, DeliveryMethod.EMAIL,
                        CaseStories.sha256(CaseStories.trackingCode(random)));
            }
            case 1 -> new SendWrittenNotice(id, new WrittenNotice(true, null, NoticeDecision.DIKABULKAN_SELURUHNYA,
                    List.of(), null, "Salinan dokumen yang diminta, lengkap", List.of(), ObtainMethod.SALINAN_SOFTCOPY,
                    "PDF", DeliveryMethod.EMAIL, new Cost(0, "Tidak dipungut biaya"), "pemberitahuan-v1"), OFFICER);
            case 2 -> new RecordDelivery(id, Instant.now().minusSeconds(60), DeliveryMethod.EMAIL,
                    PersonalData.of(DataSubjectId.newId(), new Recipient(corpus.name(random), "pemohon")), OFFICER);
            default -> new CloseInformationRequest(id, OFFICER);
        };
    }

    private record Case(InformationRequestId id, int step) {
    }

    /** A projection that only counts: the processors' work is reading the stream and keeping their tokens. */
    static final class Counter {

        private final AtomicLong seen = new AtomicLong();

        @EventHandler
        void on(Object event) {
            seen.incrementAndGet();
        }
    }

    /**
     * What one engine did.
     *
     * @param commands       commands that succeeded (each stores one event)
     * @param behind         events the slowest processor had still to read when the writers stopped
     * @param stillBehind    and after waiting up to a minute
     * @param catchUpSeconds how long that wait was
     */
    public record Outcome(String engine, long commands, double seconds, long behind, long stillBehind,
            double catchUpSeconds, Latency latency) {

        public double commandsPerSecond() {
            return commands / seconds;
        }
    }
}

package id.go.cilegon.sigap.webapp.wiring;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import id.go.cilegon.sigap.command.complaint.api.ComplaintConverted;
import id.go.cilegon.sigap.command.informationrequest.InformationRequest;
import id.go.cilegon.sigap.command.informationrequest.InformationRequestRegistration;
import id.go.cilegon.sigap.command.informationrequest.api.ClarificationPolicy;
import id.go.cilegon.sigap.command.shared.api.RegisterSequence;
import id.go.cilegon.sigap.command.shared.calendar.WorkingDayCalendar;
import id.go.cilegon.sigap.infra.register.MongoRegisterSequence;
import id.go.cilegon.sigap.query.informationrequest.InformationRequestProjection;
import id.go.cilegon.sigap.query.informationrequest.InformationRequestQueries;
import id.go.cilegon.sigap.query.informationrequest.casefile.CaseFileProjection;
import id.go.cilegon.sigap.query.informationrequest.casefile.CaseFileQueries;
import id.go.cilegon.sigap.query.shared.BatchedWrites;
import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Explicit wiring of the domain and the read models: the {@code command} and {@code query} modules know
 * nothing of Spring beyond Axon's stereotypes, so their objects are created here.
 */
@Configuration
class SigapConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    MongoDatabase sigapDatabase(MongoClient client, @Value("${sigap.mongodb.database:sigap}") String database) {
        return client.getDatabase(database);
    }

    @Bean
    WorkingDayCalendar workingDayCalendar(@Value("${sigap.calendar.zone:Asia/Jakarta}") ZoneId zone,
            @Value("${sigap.calendar.office-close:16:00}") LocalTime officeClose) {
        return WorkingDayCalendar.standard(zone, officeClose);
    }

    /** Whether the 10 hari kerja pause or restart while the requester completes the request (ADR 0006). */
    @Bean
    ClarificationPolicy clarificationPolicy(
            @Value("${sigap.information-request.clarification-policy:PAUSE}") ClarificationPolicy policy) {
        return policy;
    }

    /**
     * Every processor sends the writes its read models hold back ({@link BatchedWrites}) after each batch, before the
     * batch's token: one round trip per collection and batch (ADR 0029).
     */
    @Bean
    ConfigurerModule readModelWritesPerBatch() {
        return configurer -> configurer.eventProcessing(processing -> processing.registerDefaultHandlerInterceptor(
                (axon, processor) -> BatchedWrites.sentAtTheEndOfEachBatch()));
    }

    @Bean
    RegisterSequence registerSequence(MongoDatabase database) {
        return new MongoRegisterSequence(database);
    }

    @Bean
    InformationRequestRegistration informationRequestRegistration(
            Repository<InformationRequest> informationRequestRepository, RegisterSequence registers,
            WorkingDayCalendar calendar) {
        return new InformationRequestRegistration(informationRequestRepository, registers, calendar);
    }

    @Bean
    SnapshotTriggerDefinition informationRequestSnapshotTrigger(Snapshotter snapshotter) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, 50);
    }

    @Bean
    InformationRequestProjection informationRequestProjection(MongoDatabase database) {
        return new InformationRequestProjection(database);
    }

    @Bean
    InformationRequestQueries informationRequestQueries(MongoDatabase database) {
        return new InformationRequestQueries(database);
    }

    @Bean
    CaseFileProjection caseFileProjection(MongoDatabase database) {
        return new CaseFileProjection(database);
    }

    /**
     * A converted complaint's {@code ComplaintConverted} is the complaint's event but writes the request's case file,
     * so it is handled in the request's sequence: in the same segment as, and after, the request's registration,
     * which the conversion stores first. In the complaint's sequence, another segment could handle it before the case
     * file exists, and the link back to the complaint would be lost. The policy asks every event (once per segment)
     * and reads only its type, so that the others are not deserialized for it.
     */
    @Bean
    ConfigurerModule caseFilesInTheRequestsSequence() {
        SequentialPerAggregatePolicy perAggregate = SequentialPerAggregatePolicy.instance();
        return configurer -> configurer.eventProcessing(processing -> processing.registerSequencingPolicy(
                CaseFileProjection.PROCESSING_GROUP,
                axon -> event -> ComplaintConverted.class.equals(event.getPayloadType())
                        ? ((ComplaintConverted) event.getPayload()).requestId().value()
                        : perAggregate.getSequenceIdentifierFor(event)));
    }

    @Bean
    CaseFileQueries caseFileQueries(MongoDatabase database, WorkingDayCalendar calendar) {
        return new CaseFileQueries(database, calendar.zone());
    }
}

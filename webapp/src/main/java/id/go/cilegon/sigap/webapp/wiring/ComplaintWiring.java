package id.go.cilegon.sigap.webapp.wiring;

import com.mongodb.client.MongoDatabase;
import id.go.cilegon.sigap.command.complaint.Complaint;
import id.go.cilegon.sigap.command.complaint.ComplaintConversion;
import id.go.cilegon.sigap.command.complaint.ComplaintMerging;
import id.go.cilegon.sigap.command.complaint.ComplaintRegistration;
import id.go.cilegon.sigap.command.complaint.api.ComplaintCategory;
import id.go.cilegon.sigap.command.complaint.api.ComplaintPolicy;
import id.go.cilegon.sigap.command.informationrequest.InformationRequestRegistration;
import id.go.cilegon.sigap.command.shared.api.RegisterSequence;
import id.go.cilegon.sigap.command.shared.calendar.WorkingDayCalendar;
import id.go.cilegon.sigap.query.complaint.ComplaintProjection;
import id.go.cilegon.sigap.query.complaint.ComplaintQueries;
import java.time.Clock;
import java.util.Map;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.modelling.command.Repository;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The complaint desk and its clocks, from {@code sigap.complaints.*}, and the complaints' read models. */
@Configuration
@EnableConfigurationProperties(ComplaintWiring.ComplaintSettings.class)
class ComplaintWiring {

    /**
     * The complaint clocks an installation may set (see {@link ComplaintPolicy}).
     *
     * @param followUpByCategory hari kerja for the first follow-up per category, overriding
     *                           {@code followUpWorkingDays}
     */
    @ConfigurationProperties("sigap.complaints")
    record ComplaintSettings(
            @DefaultValue("3") int verificationWorkingDays,
            @DefaultValue("5") int followUpWorkingDays,
            Map<ComplaintCategory, Integer> followUpByCategory,
            @DefaultValue("10") int feedbackWorkingDays,
            @DefaultValue("2") int maxReopenings) {
    }

    @Bean
    ComplaintPolicy complaintPolicy(ComplaintSettings settings) {
        return new ComplaintPolicy(settings.verificationWorkingDays(), settings.followUpWorkingDays(),
                settings.followUpByCategory(), settings.feedbackWorkingDays(), settings.maxReopenings());
    }

    @Bean
    ComplaintRegistration complaintRegistration(Repository<Complaint> complaintRepository, RegisterSequence registers,
            WorkingDayCalendar calendar, ComplaintPolicy policy) {
        return new ComplaintRegistration(complaintRepository, registers, calendar, policy);
    }

    @Bean
    ComplaintMerging complaintMerging(Repository<Complaint> complaintRepository, Clock clock) {
        return new ComplaintMerging(complaintRepository, clock);
    }

    @Bean
    ComplaintConversion complaintConversion(Repository<Complaint> complaintRepository,
            InformationRequestRegistration informationRequestRegistration, Clock clock) {
        return new ComplaintConversion(complaintRepository, informationRequestRegistration, clock);
    }

    @Bean
    ComplaintProjection complaintProjection(MongoDatabase database) {
        return new ComplaintProjection(database);
    }

    @Bean
    ComplaintQueries complaintQueries(MongoDatabase database) {
        return new ComplaintQueries(database);
    }

    @Bean
    SnapshotTriggerDefinition complaintSnapshotTrigger(Snapshotter snapshotter) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, 50);
    }
}

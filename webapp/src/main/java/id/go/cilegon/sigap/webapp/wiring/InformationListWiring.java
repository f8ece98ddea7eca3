package id.go.cilegon.sigap.webapp.wiring;

import com.mongodb.client.MongoDatabase;
import id.go.cilegon.sigap.command.informationlist.InformationListing;
import id.go.cilegon.sigap.command.informationlist.ListedInformation;
import id.go.cilegon.sigap.command.shared.api.RegisterSequence;
import id.go.cilegon.sigap.command.shared.calendar.WorkingDayCalendar;
import id.go.cilegon.sigap.query.informationlist.InformationListProjection;
import id.go.cilegon.sigap.query.informationlist.InformationListQueries;
import id.go.cilegon.sigap.query.notification.InformationListNotificationProjection;
import java.time.Clock;
import org.axonframework.modelling.command.Repository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The PPID's lists (DIP and DIK): the numbering of new information, the lists' read model (with the registers,
 * processing group {@code information-request-registers}), their queries and the exemption reminders' notifications.
 */
@Configuration
class InformationListWiring {

    @Bean
    InformationListing informationListing(Repository<ListedInformation> listedInformationRepository,
            RegisterSequence registers, WorkingDayCalendar calendar, Clock clock) {
        return new InformationListing(listedInformationRepository, registers, calendar, clock);
    }

    @Bean
    InformationListProjection informationListProjection(MongoDatabase database) {
        return new InformationListProjection(database);
    }

    @Bean
    InformationListQueries informationListQueries(MongoDatabase database) {
        return new InformationListQueries(database);
    }

    @Bean
    InformationListNotificationProjection informationListNotificationProjection(MongoDatabase database) {
        return new InformationListNotificationProjection(database);
    }
}

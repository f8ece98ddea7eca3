package id.go.cilegon.sigap.webapp.wiring;

import com.mongodb.client.MongoDatabase;
import id.go.cilegon.sigap.query.informationrequest.deadline.ObjectionDeadlineProjection;
import id.go.cilegon.sigap.query.informationrequest.deadline.ObjectionDeadlineQueries;
import id.go.cilegon.sigap.query.notification.ComplaintNotificationProjection;
import id.go.cilegon.sigap.query.notification.NotificationInbox;
import id.go.cilegon.sigap.query.notification.NotificationProjection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The read models behind the officers' notifications and the Atasan-answer deadline watch: plain query-side
 * classes, created here.
 */
@Configuration
class NotificationWiring {

    @Bean
    ObjectionDeadlineProjection objectionDeadlineProjection(MongoDatabase database) {
        return new ObjectionDeadlineProjection(database);
    }

    @Bean
    ObjectionDeadlineQueries objectionDeadlineQueries(MongoDatabase database) {
        return new ObjectionDeadlineQueries(database);
    }

    @Bean
    NotificationProjection notificationProjection(MongoDatabase database) {
        return new NotificationProjection(database);
    }

    @Bean
    ComplaintNotificationProjection complaintNotificationProjection(MongoDatabase database) {
        return new ComplaintNotificationProjection(database);
    }

    @Bean
    NotificationInbox notificationInbox(MongoDatabase database) {
        return new NotificationInbox(database);
    }
}

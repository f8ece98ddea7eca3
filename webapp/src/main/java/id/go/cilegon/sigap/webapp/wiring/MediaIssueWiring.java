package id.go.cilegon.sigap.webapp.wiring;

import com.mongodb.client.MongoDatabase;
import id.go.cilegon.sigap.command.complaint.ComplaintRegistration;
import id.go.cilegon.sigap.command.informationrequest.InformationRequestRegistration;
import id.go.cilegon.sigap.command.mediaissue.MediaIssue;
import id.go.cilegon.sigap.command.mediaissue.MediaIssueLogging;
import id.go.cilegon.sigap.command.mediaissue.MediaIssueMerging;
import id.go.cilegon.sigap.command.mediaissue.MediaIssueReferral;
import id.go.cilegon.sigap.command.mediaissue.api.IssueUrgency;
import id.go.cilegon.sigap.command.mediaissue.api.MediaIssuePolicy;
import id.go.cilegon.sigap.command.shared.api.RegisterSequence;
import id.go.cilegon.sigap.command.shared.calendar.WorkingDayCalendar;
import id.go.cilegon.sigap.query.mediaissue.MediaIssueProjection;
import id.go.cilegon.sigap.query.mediaissue.MediaIssueQueries;
import id.go.cilegon.sigap.query.notification.MediaIssueNotificationProjection;
import id.go.cilegon.sigap.webapp.mediaissue.MediaFeeds;
import id.go.cilegon.sigap.webapp.mediaissue.MediaIntake;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
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

/** The media desk: its clocks and monitored feeds from {@code sigap.media.*}, and the media issues' read models. */
@Configuration
@EnableConfigurationProperties(MediaIssueWiring.MediaSettings.class)
class MediaIssueWiring {

    /**
     * @param triageWorkingDays   hari kerja from detection to triage
     * @param responseWorkingDays hari kerja from triage to the response being out, per urgency (defaults in
     *                            {@link MediaIssuePolicy#DEFAULT_RESPONSE})
     * @param feeds               the monitored RSS/Atom feeds; none by default
     * @param feedTimeout         connect and read time-out of one feed request
     */
    @ConfigurationProperties("sigap.media")
    record MediaSettings(
            @DefaultValue("1") int triageWorkingDays,
            Map<IssueUrgency, Integer> responseWorkingDays,
            List<MediaFeeds.Feed> feeds,
            @DefaultValue("PT10S") Duration feedTimeout) {
    }

    @Bean
    MediaIssuePolicy mediaIssuePolicy(MediaSettings settings) {
        return new MediaIssuePolicy(settings.triageWorkingDays(), settings.responseWorkingDays());
    }

    @Bean
    MediaIssueLogging mediaIssueLogging(Repository<MediaIssue> mediaIssueRepository, RegisterSequence registers,
            WorkingDayCalendar calendar, MediaIssuePolicy policy) {
        return new MediaIssueLogging(mediaIssueRepository, registers, calendar, policy);
    }

    @Bean
    MediaIssueMerging mediaIssueMerging(Repository<MediaIssue> mediaIssueRepository, Clock clock) {
        return new MediaIssueMerging(mediaIssueRepository, clock);
    }

    @Bean
    MediaIssueReferral mediaIssueReferral(Repository<MediaIssue> mediaIssueRepository,
            ComplaintRegistration complaintRegistration, InformationRequestRegistration informationRequestRegistration,
            Clock clock) {
        return new MediaIssueReferral(mediaIssueRepository, complaintRegistration, informationRequestRegistration,
                clock);
    }

    @Bean
    MediaFeeds mediaFeeds(MediaSettings settings, MediaIntake intake,
            Clock clock) {
        return new MediaFeeds(settings.feeds() == null ? List.of() : settings.feeds(), intake,
                settings.feedTimeout(), clock);
    }

    @Bean
    MediaIssueProjection mediaIssueProjection(MongoDatabase database) {
        return new MediaIssueProjection(database);
    }

    @Bean
    MediaIssueQueries mediaIssueQueries(MongoDatabase database) {
        return new MediaIssueQueries(database);
    }

    @Bean
    MediaIssueNotificationProjection mediaIssueNotificationProjection(MongoDatabase database) {
        return new MediaIssueNotificationProjection(database);
    }

    @Bean
    SnapshotTriggerDefinition mediaIssueSnapshotTrigger(Snapshotter snapshotter) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, 50);
    }
}

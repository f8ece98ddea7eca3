package id.go.cilegon.sigap.webapp.wiring;

import com.mongodb.client.MongoDatabase;
import id.go.cilegon.sigap.command.shared.calendar.WorkingDayCalendar;
import id.go.cilegon.sigap.query.notification.OpinionNotificationProjection;
import id.go.cilegon.sigap.query.opinion.OpinionAnalysis;
import id.go.cilegon.sigap.query.opinion.OpinionProjection;
import id.go.cilegon.sigap.query.opinion.OpinionQueries;
import id.go.cilegon.sigap.query.opinion.SpikeRule;
import id.go.cilegon.sigap.query.opinion.TopicTaxonomy;
import java.time.Clock;
import org.axonframework.config.ConfigurerModule;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The public-opinion monitor: its taxonomy, analysis and read models, and the spike rule of {@code sigap.opinion.spike.*}. */
@Configuration
@EnableConfigurationProperties(OpinionWiring.SpikeSettings.class)
class OpinionWiring {

    /** See {@link SpikeRule}. */
    @ConfigurationProperties("sigap.opinion.spike")
    record SpikeSettings(@DefaultValue("5") int minimum, @DefaultValue("3.0") double factor,
            @DefaultValue("14") int baselineDays) {
    }

    @Bean
    TopicTaxonomy topicTaxonomy(MongoDatabase database, Clock clock) {
        return new TopicTaxonomy(database, clock);
    }

    @Bean
    OpinionAnalysis opinionAnalysis(TopicTaxonomy taxonomy) {
        return new OpinionAnalysis(taxonomy);
    }

    @Bean
    SpikeRule spikeRule(SpikeSettings settings) {
        return new SpikeRule(settings.minimum(), settings.factor(), settings.baselineDays());
    }

    @Bean
    OpinionProjection opinionProjection(MongoDatabase database, OpinionAnalysis analysis, TopicTaxonomy taxonomy,
            SpikeRule spikeRule, WorkingDayCalendar calendar) {
        return new OpinionProjection(database, analysis, taxonomy, spikeRule, calendar.zone());
    }

    /**
     * The opinion read models count each day's texts across cases, so its events are handled in one sequence, not in
     * parallel per case: two segments recounting the same day at once would overwrite each other's count. The sequence
     * is named by a string, whose hash (which picks the segment) is the same on every node; Axon's
     * {@code SequentialPolicy} names it by an object whose hash differs from one JVM to the next, so two nodes would
     * each handle the events in a different segment, some twice and some never.
     */
    @Bean
    ConfigurerModule opinionInOneSequence() {
        return configurer -> configurer.eventProcessing(processing -> processing.registerSequencingPolicy(
                OpinionProjection.PROCESSING_GROUP, axon -> event -> OpinionProjection.PROCESSING_GROUP));
    }

    @Bean
    OpinionQueries opinionQueries(MongoDatabase database) {
        return new OpinionQueries(database);
    }

    @Bean
    OpinionNotificationProjection opinionNotificationProjection(MongoDatabase database) {
        return new OpinionNotificationProjection(database);
    }
}

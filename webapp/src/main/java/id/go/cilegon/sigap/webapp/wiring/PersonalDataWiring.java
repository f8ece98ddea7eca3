package id.go.cilegon.sigap.webapp.wiring;

import id.go.cilegon.sigap.webapp.personaldata.PersonIndex;
import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class PersonalDataWiring {

    /**
     * The person index files many cases under one NIK, phone or e-mail, so its events are handled in one sequence,
     * not in parallel per case: two segments creating the same index entry at once would both try to insert it, and
     * the entry's list would depend on which came first. The sequence is named by a string, whose hash is the same on
     * every node.
     */
    @Bean
    ConfigurerModule personIndexInOneSequence() {
        return configurer -> configurer.eventProcessing(processing -> processing.registerSequencingPolicy(
                PersonIndex.PROCESSING_GROUP, axon -> event -> PersonIndex.PROCESSING_GROUP));
    }
}

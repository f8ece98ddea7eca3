package id.go.cilegon.sigap.webapp.wiring;

import com.mongodb.client.MongoDatabase;
import id.go.cilegon.sigap.query.handling.CaseHandlerProjection;
import id.go.cilegon.sigap.query.handling.CaseHandlerQueries;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who handles each case, for the supervision page. */
@Configuration
class HandlingWiring {

    @Bean
    CaseHandlerProjection caseHandlerProjection(MongoDatabase database) {
        return new CaseHandlerProjection(database);
    }

    @Bean
    CaseHandlerQueries caseHandlerQueries(MongoDatabase database) {
        return new CaseHandlerQueries(database);
    }
}

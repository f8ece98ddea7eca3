package id.go.cilegon.sigap.webapp.wiring;

import com.mongodb.client.MongoDatabase;
import id.go.cilegon.sigap.query.informationrequest.register.RegisterProjection;
import id.go.cilegon.sigap.query.informationrequest.register.RegisterQueries;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The statutory registers: their projection (processing group {@code information-request-registers}) and queries. */
@Configuration
class RegisterWiring {

    @Bean
    RegisterProjection registerProjection(MongoDatabase database) {
        return new RegisterProjection(database);
    }

    @Bean
    RegisterQueries registerQueries(MongoDatabase database) {
        return new RegisterQueries(database);
    }
}

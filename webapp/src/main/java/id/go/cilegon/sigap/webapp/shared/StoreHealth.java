package id.go.cilegon.sigap.webapp.shared;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * Whether the store answers, for {@code /actuator/health}. Boot's own MongoDB indicator asks the server
 * {@code hello}, which the embedded store does not know, so it reported the application down while it served;
 * {@code ping} is answered by the embedded store and by MongoDB alike. Boot's indicator is switched off in
 * {@code application.yml} ({@code management.health.mongodb.enabled}).
 */
@Component("store")
class StoreHealth extends AbstractHealthIndicator {

    private final MongoDatabase database;

    StoreHealth(MongoDatabase database) {
        this.database = database;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Document answer = database.runCommand(new Document("ping", 1));
        builder.status(answer.get("ok", Number.class).intValue() == 1 ? "UP" : "DOWN")
                .withDetail("database", database.getName());
    }
}

package id.go.cilegon.sigap.bench.http;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * How many commands Sigap has sent its store so far, as its MongoDB driver counts them (Spring Boot's
 * {@code mongodb.driver.commands} metric, read by the administrator). Between two readings it says what a phase cost
 * the store: every registration, officer action, projection write, token update and page read.
 */
public final class StoreCommands {

    private final Web admin;

    public StoreCommands(String baseUrl) {
        this.admin = Web.loggedIn(baseUrl, "admin", "admin-demo");
    }

    public long sent() {
        Web.Response metric = admin.get("/actuator/metrics/mongodb.driver.commands");
        if (metric.status() != 200) {
            throw new IllegalStateException("The store command metric answered " + metric.status());
        }
        for (JsonNode measurement : metric.json().path("measurements")) {
            if ("COUNT".equals(measurement.path("statistic").asText())) {
                return measurement.path("value").asLong();
            }
        }
        throw new IllegalStateException("The store command metric has no count: " + metric.body());
    }
}

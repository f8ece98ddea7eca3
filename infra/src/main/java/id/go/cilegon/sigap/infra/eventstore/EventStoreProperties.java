package id.go.cilegon.sigap.infra.eventstore;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Tuning of {@link GapAwareMongoEventStorageEngine} ({@code sigap.event-store.*}).
 *
 * @param gapTimeout how long a global sequence number may stay missing before readers give up on it; must exceed
 *                   the slowest append plus the clock difference between nodes. Default 60s.
 * @param batchSize  how many global sequence numbers one tracking read looks up. Default 500.
 */
@ConfigurationProperties(prefix = "sigap.event-store")
public record EventStoreProperties(
        @DefaultValue("60s") Duration gapTimeout,
        @DefaultValue("500") int batchSize) {

    public EventStoreProperties {
        if (gapTimeout == null) {
            gapTimeout = Duration.ofSeconds(60);
        }
        if (gapTimeout.isNegative()) {
            throw new IllegalArgumentException("sigap.event-store.gap-timeout may not be negative: " + gapTimeout);
        }
        if (batchSize <= 0) {
            throw new IllegalArgumentException("sigap.event-store.batch-size must be positive: " + batchSize);
        }
    }
}

package id.go.cilegon.sigap.infra.axon;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the read models' streaming processors share their work between nodes ({@code sigap.processing.*}; see
 * {@code docs/adr/0019-nodes-segments-and-fault-tests.md}).
 *
 * @param segments      the segments each processor's events are split into when its tokens are first created; the
 *                      most nodes that can share one processor. Default 2 (ADR 0023). Changing it later does not split
 *                      existing tokens.
 * @param threads       worker threads per processor on each node. Default 2.
 * @param batchSize     events handled (and one token stored) per batch of a segment. Default 100.
 * @param claimTimeout  how long a segment stays claimed by a node that stopped extending its claim (one that died)
 *                      before another node may take it over, and how long a silent node still counts as alive.
 *                      Default 10s.
 * @param claimInterval how often a node looks for segments to claim, gives up those above its fair share, and says it
 *                      is alive. Must be shorter than the claim timeout. Default 5s.
 * @param nodeId        this node's name in the token store; default the JVM's {@code pid@host}
 * @param replayOnStart drop every read model and rebuild it from the first event when this node starts (every other
 *                      node must be stopped); default false
 */
@ConfigurationProperties(prefix = "sigap.processing")
public record ProcessingProperties(
        @DefaultValue("2") int segments,
        @DefaultValue("2") int threads,
        @DefaultValue("100") int batchSize,
        @DefaultValue("10s") Duration claimTimeout,
        @DefaultValue("5s") Duration claimInterval,
        String nodeId,
        @DefaultValue("false") boolean replayOnStart) {

    public ProcessingProperties {
        if (segments < 1 || threads < 1 || batchSize < 1) {
            throw new IllegalArgumentException("sigap.processing.segments, .threads and .batch-size must be positive");
        }
        if (claimTimeout == null) {
            claimTimeout = Duration.ofSeconds(10);
        }
        if (claimInterval == null) {
            claimInterval = Duration.ofSeconds(5);
        }
        if (claimInterval.isNegative() || claimInterval.isZero() || claimInterval.compareTo(claimTimeout) >= 0) {
            throw new IllegalArgumentException("sigap.processing.claim-interval (" + claimInterval
                                                       + ") must be positive and shorter than the claim timeout ("
                                                       + claimTimeout + ")");
        }
        if (nodeId == null || nodeId.isBlank()) {
            nodeId = ManagementFactory.getRuntimeMXBean().getName();
        }
    }

    /** A claim is extended this often, a third of the timeout, so that a slow write does not lose it. */
    public Duration claimExtension() {
        return claimTimeout.dividedBy(3);
    }
}

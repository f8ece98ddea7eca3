package id.go.cilegon.sigap.infra.axon;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.spring.config.SpringAxonConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * With {@code sigap.processing.replay-on-start=true}: once Axon's processors have started and before the web server
 * does, every streaming processor is stopped, reset — its reset handlers drop its read models, its tokens go back to
 * the first event — and started again, so the node rebuilds every read model from the events while it serves. The
 * reset claims every segment, so every other node must be stopped; otherwise the start fails.
 */
public class ReplayOnStart implements SmartLifecycle {

    private static final Logger logger = LoggerFactory.getLogger(ReplayOnStart.class);

    private final ProcessingProperties settings;
    private final EventProcessingConfiguration processing;
    private volatile boolean running;

    public ReplayOnStart(ProcessingProperties settings, EventProcessingConfiguration processing) {
        this.settings = settings;
        this.processing = processing;
    }

    @Override
    public void start() {
        running = true;
        if (!settings.replayOnStart()) {
            return;
        }
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming && streaming.supportsReset()) {
                logger.info("Replaying {} from the first event: its read models are dropped and rebuilt", name);
                streaming.shutDown();
                streaming.resetTokens();
                streaming.start();
            }
        });
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Right after Axon's configuration (which starts the processors), before the web server. */
    @Override
    public int getPhase() {
        return SpringAxonConfiguration.LIFECYCLE_PHASE + 1;
    }
}

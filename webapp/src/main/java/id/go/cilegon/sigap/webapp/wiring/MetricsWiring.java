package id.go.cilegon.sigap.webapp.wiring;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.messaging.Message;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.monitoring.MessageMonitor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Axon's command, event and query bus and event store metrics in Boot's meter registry (so in
 * {@code /actuator/prometheus}), tagged by payload type; the read models' processors by {@link ProcessorMonitor}, whose
 * meters are made once per processor rather than looked up per event. Axon's own auto-configuration of these waits
 * for Boot 3's metrics configuration by its old class names, which Boot 4 no longer has, and so never ran.
 */
@Configuration(proxyBeanMethods = false)
class MetricsWiring {

    @Bean
    GlobalMetricRegistry axonMetricRegistry(MeterRegistry meters) {
        return new GlobalMetricRegistry(meters);
    }

    @Bean
    @SuppressWarnings("unchecked")
    ConfigurerModule axonMetrics(GlobalMetricRegistry axonMetricRegistry, MeterRegistry meters) {
        return configurer -> configurer.configureMessageMonitor(configuration -> (componentType, componentName) ->
                EventProcessor.class.isAssignableFrom(componentType)
                        ? (MessageMonitor<Message<?>>) (MessageMonitor<?>) new ProcessorMonitor(componentName, meters,
                                Clock.systemUTC())
                        : (MessageMonitor<Message<?>>) axonMetricRegistry.registerComponentWithDefaultTags(
                                componentType, componentName));
    }
}

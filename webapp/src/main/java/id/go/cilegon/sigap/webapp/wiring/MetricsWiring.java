package id.go.cilegon.sigap.webapp.wiring;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.micrometer.MetricsConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Axon's command, event and query bus, event store and processor metrics in Boot's meter registry (so in
 * {@code /actuator/prometheus}), tagged by payload type and processor. Axon's own auto-configuration of these waits
 * for Boot 3's metrics configuration by its old class names, which Boot 4 no longer has, and so never ran.
 */
@Configuration(proxyBeanMethods = false)
class MetricsWiring {

    @Bean
    GlobalMetricRegistry axonMetricRegistry(MeterRegistry meters) {
        return new GlobalMetricRegistry(meters);
    }

    @Bean
    MetricsConfigurerModule axonMetrics(GlobalMetricRegistry axonMetricRegistry) {
        return new MetricsConfigurerModule(axonMetricRegistry, true);
    }
}

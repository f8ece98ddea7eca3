package id.go.cilegon.sigap.webapp.whatsapp;

import id.go.cilegon.sigap.webapp.whatsapp.standin.CloudApiStandIn;
import java.net.URI;
import java.time.Clock;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bridge's settings, its Cloud API client (pointed at the stand-in when that runs), the stand-in itself
 * ({@code sigap.whatsapp.stand-in.enabled}, tests and demo only), and the notification processor's error handling:
 * a failure propagates, so the streaming processor retries the event with its own back-off instead of skipping it.
 */
@Configuration
@EnableConfigurationProperties(WhatsAppProperties.class)
class WhatsAppConfiguration {

    @Bean(destroyMethod = "close")
    @ConditionalOnBooleanProperty("sigap.whatsapp.stand-in.enabled")
    CloudApiStandIn cloudApiStandIn(WhatsAppProperties properties, JsonMapper json, Clock clock,
            Environment environment) {
        return new CloudApiStandIn(properties.standIn().port(), properties.accessToken(),
                properties.appSecrets().get(0), () -> URI.create("http://127.0.0.1:"
                + environment.getProperty("local.server.port", "8080") + WhatsAppWebhook.PATH), json, clock);
    }

    @Bean
    CloudApi cloudApi(WhatsAppProperties properties, ObjectProvider<CloudApiStandIn> standIn) {
        CloudApiStandIn local = standIn.getIfAvailable();
        return new CloudApi(local != null ? local.baseUrl() : properties.apiUrl(), properties.phoneNumberId(),
                properties.accessToken());
    }

    @Bean
    ConfigurerModule whatsAppNotificationsRetry() {
        return configurer -> configurer.eventProcessing().registerListenerInvocationErrorHandler(
                CaseNotifications.PROCESSING_GROUP, configuration -> PropagatingErrorHandler.instance());
    }
}

package id.go.cilegon.sigap.webapp.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;

/**
 * The city's OpenID Connect provider as the tests see it: mock-oauth2-server on a free loopback port, started before
 * the application so that the shared test application has its OIDC login on (the login page shows one more button;
 * nothing else changes). The client secret reaches the application through a secrets file, as in production.
 */
public final class OidcStandIn implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String ISSUER = "pemkot";
    public static final String CLIENT_ID = "sigap-uji";
    public static final String CLIENT_SECRET = "rahasia-klien-oidc-uji";

    private static MockOAuth2Server server;

    /** The running provider: tests enqueue the identity of the next login and read the requests it received. */
    public static synchronized MockOAuth2Server server() {
        if (server == null) {
            server = new MockOAuth2Server();
            server.start(InetAddress.getLoopbackAddress(), 0);
        }
        return server;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        MockOAuth2Server provider = server();
        try {
            Path secret = Files.createTempFile("sigap-oidc-secret", ".txt");
            Files.writeString(secret, CLIENT_SECRET + "\n");
            secret.toFile().deleteOnExit();
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("oidc-stand-in", Map.of(
                    "sigap.security.oidc.enabled", "true",
                    "sigap.security.oidc.issuer-uri", provider.issuerUrl(ISSUER).toString(),
                    "sigap.security.oidc.client-id", CLIENT_ID,
                    "sigap.security.oidc.client-secret-file", secret.toString(),
                    "sigap.security.oidc.name", "SSO Pemkot (uji)")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                stop(provider);
            }
        });
    }

    private static synchronized void stop(MockOAuth2Server provider) {
        provider.shutdown();
        if (server == provider) {
            server = null;
        }
    }
}

package id.go.cilegon.sigap.webapp.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a random port over the embedded store in memory, reached through real HTTP.
 * Every test class with this annotation shares one running application. A browser test whose Chromium hangs is run
 * once more ({@link RendererTimeoutRetry}); a test that waited in vain for an answer leaves a dump of every thread
 * ({@link ThreadDumpOnTimeout}). The application's OIDC login runs against a local stand-in provider
 * ({@link OidcStandIn}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = OidcStandIn.class)
@ExtendWith({ThreadDumpOnTimeout.class, RendererTimeoutRetry.class})
public @interface SigapTest {
}

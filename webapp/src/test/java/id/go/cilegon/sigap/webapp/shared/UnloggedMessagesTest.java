package id.go.cilegon.sigap.webapp.shared;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.core.log.LogMessage;

/**
 * Spring's messages to Commons Logging (Spring Security's for every request among them) are rendered only when their
 * level is logged, and then reach Logback: {@code commons-logging.properties} picks the adapter that checks first.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class UnloggedMessagesTest {

    private static final String NAME = "org.springframework.security.web.server.util.matcher.Uji";

    private final Logger logback = (Logger) LoggerFactory.getLogger(NAME);

    @AfterEach
    void restoreLevel() {
        logback.setLevel(null);
    }

    @Test
    void a_debug_message_is_not_rendered_while_debug_is_off_and_is_when_it_is_on() {
        AtomicInteger rendered = new AtomicInteger();
        LogMessage message = LogMessage.of(() -> "dicoba: " + rendered.incrementAndGet());
        Log log = LogFactory.getLog(NAME);

        logback.setLevel(Level.INFO);
        log.debug(message);
        assertThat(rendered).hasValue(0);

        logback.setLevel(Level.DEBUG);
        log.debug(message);
        assertThat(rendered).hasValue(1);
    }
}

package id.go.cilegon.sigap.webapp.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.AppenderBase;
import com.mongodb.client.MongoDatabase;
import id.go.cilegon.sigap.webapp.support.Http;
import id.go.cilegon.sigap.webapp.support.SigapTest;
import id.go.cilegon.sigap.webapp.whatsapp.standin.CloudApiStandIn;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;

/**
 * No secret reaches the log: every configured value whose name says it is a secret (tokens, app secrets, passwords,
 * client secrets, the master key) is looked for in every line logged, Sigap's own loggers down to DEBUG and the
 * libraries' at their configured levels, while the paths that use them run: Meta's handshake right and wrong, signed and forged webhooks, a conversation whose replies go
 * out with the access token, logins right and wrong.
 */
@SigapTest
class SecretsInLogsTest {

    private static final Pattern SECRET_NAME = Pattern.compile(
            ".*(secret|token|password|master-key|api-keys|credentials).*");

    @LocalServerPort
    int port;

    @Autowired
    ConfigurableEnvironment environment;

    @Autowired
    CloudApiStandIn standIn;

    @Autowired
    WhatsAppInbox inbox;

    @Autowired
    MongoDatabase database;

    @Test
    void secrets_used_on_every_path_never_reach_a_log_line() {
        Map<String, String> secrets = secrets();
        assertThat(secrets).as("the secrets configured for the test").containsKeys("sigap.whatsapp.access-token",
                "sigap.whatsapp.app-secrets", "sigap.whatsapp.verify-token", "sigap.personal-data.master-key");

        List<String> lines = logged(() -> {
            LoggerFactory.getLogger("id.go.cilegon.sigap.webapp.whatsapp").debug("canary: the capture hears DEBUG");
            Http http = new Http(port);
            for (String token : List.of(secrets.get("sigap.whatsapp.verify-token"), "tebakan")) {
                http.client().get().uri(WhatsAppWebhook.PATH + "?hub.mode=subscribe&hub.verify_token=" + token
                        + "&hub.challenge=77").exchange();
            }
            http.client().post().uri(WhatsAppWebhook.PATH).contentType(MediaType.APPLICATION_JSON)
                    .header(WebhookSignature.HEADER, "sha256=" + "0".repeat(64))
                    .bodyValue("{\"object\":\"whatsapp_business_account\",\"entry\":[]}".getBytes(
                            StandardCharsets.UTF_8)).exchange();
            WhatsAppChat chat = WhatsAppChat.withNewNumber(standIn, inbox, database, "Rahasia Uji");
            assertThat(chat.say("halo")).isNotEmpty();
            chat.say("cek ADUAN/2026/999999");
            LinkedMultiValueMap<String, String> wrong = new LinkedMultiValueMap<>();
            wrong.add("username", "petugas-tidak-ada");
            wrong.add("password", "salah-sekali-123");
            http.submit("/masuk", "/masuk", wrong);
        });

        assertThat(lines).as("lines logged while the secrets were used")
                .anyMatch(line -> line.contains("canary: the capture hears DEBUG"));
        secrets.forEach((name, value) -> assertThat(lines).as("log lines holding %s", name)
                .noneMatch(line -> line.contains(value)));
    }

    /** Every non-trivial value of a property whose name marks a secret, each of a comma-separated list apart. */
    private Map<String, String> secrets() {
        Map<String, String> secrets = new LinkedHashMap<>();
        environment.getPropertySources().stream().filter(EnumerablePropertySource.class::isInstance)
                .map(EnumerablePropertySource.class::cast)
                .forEach(source -> {
                    for (String name : source.getPropertyNames()) {
                        String normal = name.toLowerCase(Locale.ROOT).replace('_', '-');
                        if (!SECRET_NAME.matcher(normal).matches()) {
                            continue;
                        }
                        String value = environment.getProperty(name);
                        if (value == null) {
                            continue;
                        }
                        int part = 0;
                        for (String piece : value.split(",")) {
                            if (piece.strip().length() >= 8) {
                                secrets.putIfAbsent(part++ == 0 ? name : name + "[" + part + "]", piece.strip());
                            }
                        }
                    }
                });
        return secrets;
    }

    /** What was logged, message and stack trace, Sigap's at DEBUG and above, while {@code work} ran. */
    private static List<String> logged(Runnable work) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Logger sigap = context.getLogger("id.go.cilegon.sigap");
        Level before = sigap.getLevel();
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        AppenderBase<ILoggingEvent> capture = new AppenderBase<>() {
            @Override
            protected void append(ILoggingEvent event) {
                lines.add(event.getLoggerName() + " " + event.getFormattedMessage() + (event.getThrowableProxy() == null
                        ? "" : ThrowableProxyUtil.asString(event.getThrowableProxy())));
            }
        };
        capture.setContext(context);
        capture.start();
        root.addAppender(capture);
        sigap.setLevel(Level.DEBUG);
        try {
            work.run();
        } finally {
            sigap.setLevel(before);
            root.detachAppender(capture);
            capture.stop();
        }
        return new ArrayList<>(lines);
    }
}

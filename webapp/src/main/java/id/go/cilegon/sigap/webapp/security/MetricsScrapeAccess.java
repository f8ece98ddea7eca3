package id.go.cilegon.sigap.webapp.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import reactor.core.publisher.Mono;

/**
 * {@code /actuator/prometheus} for the monitoring server, and for nobody else: HTTP Basic with the one scrape account
 * of {@code sigap.metrics.scrape-user} and {@code .scrape-password} (from the environment; without a password the
 * endpoint refuses everyone). An officer's session is no scrape account: 403; anyone else 401. The reverse proxy
 * does not route {@code /actuator/} from outside at all (docs/operations.md): the scraper reaches the nodes on
 * the operations network. A scrape keeps no session.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MetricsScrapeAccess.Properties.class)
class MetricsScrapeAccess {

    static final String PATH = "/actuator/prometheus";
    static final String ROLE = "METRICS_SCRAPER";

    /**
     * @param scrapeUser     the scrape account's name
     * @param scrapePassword its password ({@code SIGAP_METRICS_SCRAPE_PASSWORD}); blank: no scrape account
     */
    @ConfigurationProperties("sigap.metrics")
    record Properties(String scrapeUser, String scrapePassword) {

        Properties {
            scrapeUser = scrapeUser == null || scrapeUser.isBlank() ? "prometheus" : scrapeUser;
            scrapePassword = scrapePassword == null ? "" : scrapePassword;
        }
    }

    /** Ahead of the officers' chain, for the scrape path only. */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityWebFilterChain metricsScrapeChain(ServerHttpSecurity http, Properties properties) {
        return http
                .securityMatcher(ServerWebExchangeMatchers.pathMatchers(PATH))
                .authorizeExchange(exchanges -> exchanges.anyExchange().hasRole(ROLE))
                .httpBasic(basic -> basic.authenticationManager(scrapeAccount(properties))
                        .securityContextRepository(NoOpServerSecurityContextRepository.getInstance()))
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .build();
    }

    /** The one account, compared in constant time by digest; no account at all without a password. */
    private static ReactiveAuthenticationManager scrapeAccount(Properties properties) {
        byte[] user = digest(properties.scrapeUser());
        byte[] password = digest(properties.scrapePassword());
        boolean enabled = !properties.scrapePassword().isBlank();
        return authentication -> {
            boolean matches = enabled
                    & MessageDigest.isEqual(user, digest(authentication.getName()))
                    & MessageDigest.isEqual(password, digest(String.valueOf(authentication.getCredentials())));
            return matches
                    ? Mono.just(UsernamePasswordAuthenticationToken.authenticated(authentication.getName(), null,
                            List.of(new SimpleGrantedAuthority("ROLE_" + ROLE))))
                    : Mono.error(new BadCredentialsException("Not the scrape account"));
        };
    }

    private static byte[] digest(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}

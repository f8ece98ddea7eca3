package id.go.cilegon.sigap.webapp.security;

import java.net.URI;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationSuccessHandler;
import org.springframework.security.web.server.authentication.logout.RedirectServerLogoutSuccessHandler;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.csrf.CsrfWebFilter;
import org.springframework.security.web.server.util.matcher.AndServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.NegatedServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;

/**
 * Citizens need no account; officers log in with a password (bcrypt) and a session cookie. Forms carry CSRF
 * tokens; the JSON API is public and cookie-less for now, so it is exempt. The content security policy allows
 * only Sigap's own files: the pages use no inline script or style.
 */
@Configuration
@EnableWebFluxSecurity
class SecurityConfiguration {

    static final String LOGIN_PAGE = "/masuk";

    @Bean
    SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http) {
        RedirectServerLogoutSuccessHandler loggedOut = new RedirectServerLogoutSuccessHandler();
        loggedOut.setLogoutSuccessUrl(URI.create(LOGIN_PAGE + "?keluar"));
        return http
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers("/admin/**").hasRole(OfficerRole.ADMIN.name())
                        .pathMatchers("/petugas/**").hasAnyRole(OfficerRole.names())
                        .pathMatchers("/actuator/health/**").permitAll()
                        .pathMatchers("/actuator/**").hasRole(OfficerRole.ADMIN.name())
                        .anyExchange().permitAll())
                .formLogin(login -> login
                        .loginPage(LOGIN_PAGE)
                        .authenticationSuccessHandler(new RedirectServerAuthenticationSuccessHandler("/petugas"))
                        .authenticationFailureHandler(new RedirectServerAuthenticationFailureHandler(LOGIN_PAGE + "?gagal")))
                .logout(logout -> logout
                        .requiresLogout(ServerWebExchangeMatchers.pathMatchers(HttpMethod.POST, "/keluar"))
                        .logoutSuccessHandler(loggedOut))
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(new AndServerWebExchangeMatcher(
                        CsrfWebFilter.DEFAULT_CSRF_MATCHER,
                        new NegatedServerWebExchangeMatcher(ServerWebExchangeMatchers.pathMatchers("/api/**")))))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; "
                                        + "form-action 'self'; frame-ancestors 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                .build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}

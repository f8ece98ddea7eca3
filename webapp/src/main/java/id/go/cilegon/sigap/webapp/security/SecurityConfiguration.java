package id.go.cilegon.sigap.webapp.security;

import id.go.cilegon.sigap.webapp.shared.FieldMessages;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.server.DelegatingServerAuthenticationEntryPoint;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authentication.logout.RedirectServerLogoutSuccessHandler;
import org.springframework.security.web.server.authorization.ServerWebExchangeDelegatingServerAccessDeniedHandler;
import org.springframework.security.web.server.context.ServerSecurityContextRepository;
import org.springframework.security.web.server.context.WebSessionServerSecurityContextRepository;
import org.springframework.security.web.server.csrf.CsrfWebFilter;
import org.springframework.security.web.server.csrf.XorServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.savedrequest.ServerRequestCache;
import org.springframework.security.web.server.util.matcher.AndServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.NegatedServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.session.web.server.session.SpringSessionWebSessionStore;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.adapter.WebHttpHandlerBuilder;
import org.springframework.web.server.session.DefaultWebSessionManager;
import org.springframework.web.server.session.WebSessionManager;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Citizens need no account; officers log in with a password (bcrypt) or, when configured, the city's OIDC provider
 * ({@link SsoLogin}), then a TOTP code if they enrolled one ({@link SecondFactor}), and work in a session cookie that
 * ends when idle, when too old, or when their account changes ({@link OfficerSessions}). Forms carry CSRF
 * tokens. The citizens' JSON API is public and cookie-less, so it is exempt; the officers' JSON API
 * ({@code /api/v1/petugas/**}) rides on the officer's session and therefore needs the CSRF token as a header. Only
 * a login starts a session: a form's CSRF token and the page a visitor asked for before the login page wait in
 * cookies of their own (ADR 0032), so no visitor, a crawler included, leaves anything in the node's memory. The
 * content security policy allows only Sigap's own files: the pages use no inline script or style.
 */
@Configuration
@EnableWebFluxSecurity
class SecurityConfiguration {

    static final String LOGIN_PAGE = "/masuk";
    static final String OFFICER_API = "/api/v1/petugas/**";
    /** Every role but the administrator's, which manages accounts and units and has no case work. */
    private static final String[] CASE_WORK = Arrays.stream(OfficerRole.values())
            .filter(role -> role != OfficerRole.ADMIN).map(Enum::name).toArray(String[]::new);

    @Bean
    SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http, OfficerApiProblems apiProblems,
            OfficerAccounts accounts, PasswordEncoder encoder, LoginAttempts attempts, OfficerTotp totp,
            OfficerSessions sessions, ServerSecurityContextRepository contexts, ServerRequestCache asked,
            List<PathAccess> features, ObjectProvider<SsoLogin> sso) {
        OfficerLoginSuccess loggedIn = new OfficerLoginSuccess(sessions, asked);
        ServerWebExchangeMatcher officerApi = ServerWebExchangeMatchers.pathMatchers(OFFICER_API);
        var denied = new ServerWebExchangeDelegatingServerAccessDeniedHandler(
                new ServerWebExchangeDelegatingServerAccessDeniedHandler.DelegateEntry(officerApi, apiProblems));
        // A page the officer's role may not open is the error page's 403 (error/4xx.html), as a controller's refusal
        // is, not an empty answer the browser shows as its own error.
        denied.setDefaultAccessDeniedHandler((exchange, refused) ->
                Mono.error(new ResponseStatusException(HttpStatus.FORBIDDEN, refused.getMessage(), refused)));
        RedirectServerLogoutSuccessHandler loggedOut = new RedirectServerLogoutSuccessHandler();
        loggedOut.setLogoutSuccessUrl(URI.create(LOGIN_PAGE + "?keluar"));
        sso.ifAvailable(login -> login.configure(http, loggedIn, contexts));
        return http
                .securityContextRepository(contexts)
                .authorizeExchange(exchanges -> {
                    exchanges.pathMatchers(SecondFactor.CODE_PAGE).hasAuthority(SecondFactor.PENDING);
                    features.forEach(feature -> feature.authorize(exchanges));
                    exchanges
                        .pathMatchers("/admin/**").hasRole(OfficerRole.ADMIN.name())
                        .pathMatchers("/petugas").hasAnyRole(OfficerRole.names())
                        .pathMatchers("/petugas/**", OFFICER_API).hasAnyRole(CASE_WORK)
                        .pathMatchers("/actuator/health/**").permitAll()
                        .pathMatchers("/actuator/**").hasRole(OfficerRole.ADMIN.name())
                        .anyExchange().permitAll();
                })
                .formLogin(login -> login
                        .loginPage(LOGIN_PAGE)
                        .authenticationManager(new LockingAuthenticationManager(accounts, encoder, attempts, totp))
                        .securityContextRepository(contexts)
                        .authenticationSuccessHandler(loggedIn)
                        .authenticationFailureHandler((exchange, failure) -> new RedirectServerAuthenticationFailureHandler(
                                LOGIN_PAGE + (failure instanceof LockedException ? "?terkunci" : "?gagal"))
                                .onAuthenticationFailure(exchange, failure)))
                .logout(logout -> logout
                        .requiresLogout(ServerWebExchangeMatchers.pathMatchers(HttpMethod.POST, "/keluar"))
                        .logoutSuccessHandler(loggedOut))
                .requestCache(cache -> cache.requestCache(asked))
                .csrf(csrf -> csrf.csrfTokenRepository(new CsrfTokenCookie()).accessDeniedHandler(denied)
                        .csrfTokenRequestHandler(multipartForms())
                        .requireCsrfProtectionMatcher(new AndServerWebExchangeMatcher(
                        CsrfWebFilter.DEFAULT_CSRF_MATCHER,
                        new NegatedServerWebExchangeMatcher(new AndServerWebExchangeMatcher(
                                ServerWebExchangeMatchers.pathMatchers("/api/**", "/open311/**"),
                                new NegatedServerWebExchangeMatcher(officerApi))))))
                .exceptionHandling(failures -> failures
                        .authenticationEntryPoint(new DelegatingServerAuthenticationEntryPoint(
                                new DelegatingServerAuthenticationEntryPoint.DelegateEntry(officerApi, apiProblems),
                                new DelegatingServerAuthenticationEntryPoint.DelegateEntry(
                                        ServerWebExchangeMatchers.anyExchange(), toLogin(asked))))
                        .accessDeniedHandler(denied))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; "
                                        + "form-action 'self'; frame-ancestors 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                .addFilterAfter(sessions::filter, SecurityWebFiltersOrder.SECURITY_CONTEXT_SERVER_WEB_EXCHANGE)
                .build();
    }

    /** Where a logged-in officer's security context lives between requests: their session. */
    @Bean
    ServerSecurityContextRepository securityContextRepository() {
        return new WebSessionServerSecurityContextRepository();
    }

    /**
     * Sessions kept in the store (ADR 0037) under Spring Session's WebFlux session store, in the cookie WebFlux names
     * {@code SESSION}; the times a session records are Sigap's clock's.
     */
    @Bean(WebHttpHandlerBuilder.WEB_SESSION_MANAGER_BEAN_NAME)
    WebSessionManager webSessionManager(StoredSessions sessions, Clock clock) {
        SpringSessionWebSessionStore<StoredSession> store = new SpringSessionWebSessionStore<>(sessions);
        store.setClock(clock);
        DefaultWebSessionManager manager = new DefaultWebSessionManager();
        manager.setSessionStore(store);
        return manager;
    }

    /**
     * Spring Security observes none of its filters, authentications and authorizations: every request is already
     * timed ({@code http_server_requests}), nothing reads the per-filter timings, and a profile of the load benchmark
     * found them a few percent of the CPU.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /** Where the page an officer asked for waits while they log in. */
    @Bean
    ServerRequestCache requestCache() {
        return new AskedPage();
    }

    private static RedirectServerAuthenticationEntryPoint toLogin(ServerRequestCache asked) {
        RedirectServerAuthenticationEntryPoint toLogin = new RedirectServerAuthenticationEntryPoint(LOGIN_PAGE);
        toLogin.setRequestCache(asked);
        return toLogin;
    }

    @Bean
    OfficerApiProblems officerApiProblems(FieldMessages messages, JsonMapper json) {
        return new OfficerApiProblems(messages, json);
    }

    @Bean
    OfficerSessions officerSessions(OfficerAccounts accounts, Clock clock, OfficerApiProblems apiProblems,
            @Value("${sigap.security.session.idle:PT30M}") Duration idle,
            @Value("${sigap.security.session.absolute:PT12H}") Duration absolute,
            @Value("${sigap.security.session.second-factor:PT5M}") Duration secondFactor) {
        return new OfficerSessions(accounts, new SessionLimits(idle, absolute, secondFactor), clock, apiProblems);
    }

    /** The complaint form is multipart (it carries photos); its CSRF token is a part like any other field. */
    private static XorServerCsrfTokenRequestAttributeHandler multipartForms() {
        XorServerCsrfTokenRequestAttributeHandler handler = new XorServerCsrfTokenRequestAttributeHandler();
        handler.setTokenFromMultipartDataEnabled(true);
        return handler;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}

package id.go.cilegon.sigap.webapp.security;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.core.Authentication;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.server.WebSession;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Every request of a logged-in officer passes here, inside the security chain, before authorisation. The session
 * ends — the officer is sent to the login page with a notice, or the JSON API answers 401 — when it has been idle
 * or open too long ({@link SessionLimits}), when the account was disabled, or when something the session relies on
 * changed since the login (roles, unit, password, second factor: the account's version). A login that still waits
 * for its TOTP code is sent to the code page from every officer's page.
 */
public class OfficerSessions {

    static final String SINCE = "sigap.session.since";
    static final String SEEN = "sigap.session.seen";
    static final String VERSION = "sigap.session.version";
    static final String EXPIRED = SecurityConfiguration.LOGIN_PAGE + "?habis";
    static final String ENDED = SecurityConfiguration.LOGIN_PAGE + "?berakhir";
    private static final PathPattern OFFICER_API = PathPatternParser.defaultInstance.parse(
            SecurityConfiguration.OFFICER_API);
    private static final List<PathPattern> OFFICER_AREAS = List.of("/petugas", "/petugas/**", "/admin/**",
            SecurityConfiguration.OFFICER_API).stream().map(PathPatternParser.defaultInstance::parse).toList();

    private enum Verdict { GOES_ON, EXPIRED, ENDED, CODE_AWAITED }

    private final OfficerAccounts accounts;
    private final SessionLimits limits;
    private final Clock clock;
    private final OfficerApiProblems apiProblems;

    OfficerSessions(OfficerAccounts accounts, SessionLimits limits, Clock clock, OfficerApiProblems apiProblems) {
        this.accounts = accounts;
        this.limits = limits;
        this.clock = clock;
        this.apiProblems = apiProblems;
    }

    /** Marks the start of a session (or of its second step) with the account's version as it is now. */
    Mono<Void> begin(ServerWebExchange exchange, String username) {
        return exchange.getSession().flatMap(session -> state(username).map(state -> {
            Instant now = clock.instant();
            session.getAttributes().put(SINCE, now);
            session.getAttributes().put(SEEN, now);
            session.getAttributes().put(VERSION, state.map(OfficerAccounts.SessionState::version).orElse(-1));
            // The store keeps the session at least as long as it may last, so that an expiry is told, not silent.
            session.setMaxIdleTime(limits.absolute());
            return session;
        })).then();
    }

    /**
     * After the officer changed their own password or second factor in this session: this session goes on, under a
     * new id, while their other sessions end at their next request.
     */
    public Mono<Void> keep(ServerWebExchange exchange, String username) {
        return exchange.getSession().flatMap(session -> state(username).flatMap(state -> {
            session.getAttributes().put(VERSION, state.map(OfficerAccounts.SessionState::version).orElse(-1));
            return session.changeSessionId();
        }));
    }

    /** The security chain's filter (a method, not a {@link WebFilter} bean, which WebFlux would also run alone). */
    Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return exchange.getPrincipal()
                .filter(Authentication.class::isInstance).cast(Authentication.class)
                .filter(Authentication::isAuthenticated)
                .map(Optional::of).defaultIfEmpty(Optional.empty())
                .flatMap(login -> login.isEmpty() ? chain.filter(exchange)
                        : exchange.getSession().flatMap(session -> verdict(exchange, session, login.get())
                                .flatMap(verdict -> act(verdict, exchange, session, chain))));
    }

    private Mono<Verdict> verdict(ServerWebExchange exchange, WebSession session, Authentication login) {
        Instant since = session.getAttribute(SINCE);
        if (since == null) {
            return begin(exchange, login.getName()).thenReturn(Verdict.GOES_ON);
        }
        Instant now = clock.instant();
        boolean pending = SecondFactor.pending(login);
        Instant seen = session.getAttributeOrDefault(SEEN, since);
        if (limits.expired(since, seen, pending, now)) {
            return Mono.just(Verdict.EXPIRED);
        }
        return state(login.getName()).map(state -> {
            if (state.isEmpty() || !state.get().enabled()
                    || state.get().version() != session.getAttributeOrDefault(VERSION, -1)) {
                return Verdict.ENDED;
            }
            if (pending) {
                return inOfficerArea(exchange) ? Verdict.CODE_AWAITED : Verdict.GOES_ON;
            }
            if (SessionLimits.byTheOfficer(exchange.getRequest())) {
                session.getAttributes().put(SEEN, now);
            }
            return Verdict.GOES_ON;
        });
    }

    private Mono<Void> act(Verdict verdict, ServerWebExchange exchange, WebSession session, WebFilterChain chain) {
        switch (verdict) {
            case EXPIRED:
                return session.invalidate().then(send(exchange, EXPIRED));
            case ENDED:
                return session.invalidate().then(send(exchange, ENDED));
            case CODE_AWAITED:
                return send(exchange, SecondFactor.CODE_PAGE);
            default:
                return chain.filter(exchange);
        }
    }

    /** The officers' JSON API is told 401, as problem details; a browser goes to {@code page}. */
    private Mono<Void> send(ServerWebExchange exchange, String page) {
        if (OFFICER_API.matches(exchange.getRequest().getPath().pathWithinApplication())) {
            return apiProblems.commence(exchange, new CredentialsExpiredException("The officer's session ended"));
        }
        exchange.getResponse().setStatusCode(HttpStatus.SEE_OTHER);
        exchange.getResponse().getHeaders().setLocation(URI.create(page));
        return exchange.getResponse().setComplete();
    }

    private static boolean inOfficerArea(ServerWebExchange exchange) {
        var path = exchange.getRequest().getPath().pathWithinApplication();
        return OFFICER_AREAS.stream().anyMatch(pattern -> pattern.matches(path));
    }

    private Mono<Optional<OfficerAccounts.SessionState>> state(String username) {
        return Mono.fromCallable(() -> accounts.sessionState(username)).subscribeOn(Schedulers.boundedElastic());
    }
}

package id.go.cilegon.sigap.webapp.security;

import java.net.URI;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.server.DefaultServerRedirectStrategy;
import org.springframework.security.web.server.WebFilterExchange;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationSuccessHandler;
import org.springframework.security.web.server.authentication.ServerAuthenticationSuccessHandler;
import org.springframework.security.web.server.savedrequest.ServerRequestCache;
import reactor.core.publisher.Mono;

/**
 * After the first factor (password or the city's identity provider): the session begins, and the officer goes to
 * the page they asked for (or their start page), or to the code page when a TOTP code is still awaited.
 */
class OfficerLoginSuccess implements ServerAuthenticationSuccessHandler {

    static final String START_PAGE = "/petugas";

    private final OfficerSessions sessions;
    private final RedirectServerAuthenticationSuccessHandler toWork =
            new RedirectServerAuthenticationSuccessHandler(START_PAGE);
    private final DefaultServerRedirectStrategy redirect = new DefaultServerRedirectStrategy();

    /** @param asked where the page an officer asked for before the login waits */
    OfficerLoginSuccess(OfficerSessions sessions, ServerRequestCache asked) {
        this.sessions = sessions;
        toWork.setRequestCache(asked);
    }

    @Override
    public Mono<Void> onAuthenticationSuccess(WebFilterExchange exchange, Authentication login) {
        return sessions.begin(exchange.getExchange(), login.getName())
                .then(SecondFactor.pending(login)
                        ? redirect.sendRedirect(exchange.getExchange(), URI.create(SecondFactor.CODE_PAGE))
                        : toWork.onAuthenticationSuccess(exchange, login));
    }
}

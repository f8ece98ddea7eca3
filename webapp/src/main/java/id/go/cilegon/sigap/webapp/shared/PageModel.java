package id.go.cilegon.sigap.webapp.shared;

import java.security.Principal;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * What every page's layout needs: the language, who is logged in, and the CSRF token, resolved here so that
 * Thymeleaf can add it to every form with a {@code th:action}.
 */
@ControllerAdvice
class PageModel {

    private final boolean demoMode;

    PageModel(@Value("${sigap.demo.enabled:false}") boolean demoMode) {
        this.demoMode = demoMode;
    }

    /** Demo mode shows the demo's own tools (the mail catcher) in the admin's menu. */
    @ModelAttribute("demoMode")
    boolean demoMode() {
        return demoMode;
    }

    @ModelAttribute("_csrf")
    Mono<CsrfToken> csrfToken(ServerWebExchange exchange) {
        Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
        return token == null ? Mono.empty() : token;
    }

    @ModelAttribute("lang")
    String language(ServerWebExchange exchange) {
        return exchange.getLocaleContext().getLocale().getLanguage();
    }

    /** The logged-in officer's user name; not yet during a login's second step, when the officer has no role. */
    @ModelAttribute("officer")
    Mono<String> officer(ServerWebExchange exchange) {
        return exchange.getPrincipal()
                .filter(principal -> principal instanceof Authentication login && login.getAuthorities().stream()
                        .anyMatch(authority -> authority.getAuthority().startsWith("ROLE_")))
                .map(Principal::getName);
    }

    @ModelAttribute("isAdmin")
    Mono<Boolean> isAdmin(ServerWebExchange exchange) {
        return roles(exchange).map(roles -> roles.contains("ADMIN"));
    }

    /** The logged-in officer's roles by name ({@code PETUGAS_PPID}, …), so the menu offers only what they may open. */
    @ModelAttribute("officerRoles")
    Mono<Set<String>> roles(ServerWebExchange exchange) {
        return exchange.getPrincipal()
                .filter(Authentication.class::isInstance)
                .map(principal -> ((Authentication) principal).getAuthorities().stream()
                        .map(authority -> authority.getAuthority().replaceFirst("^ROLE_", ""))
                        .collect(Collectors.toUnmodifiableSet()))
                .defaultIfEmpty(Set.of());
    }

    @ModelAttribute("currentPath")
    String currentPath(ServerWebExchange exchange) {
        return exchange.getRequest().getPath().value();
    }
}

package id.go.cilegon.sigap.webapp.informationrequest;

import id.go.cilegon.sigap.webapp.security.OfficerRole;
import org.springframework.security.core.Authentication;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Registering a request for a citizen is the PPID staff's desk work: every officer may open {@code /petugas/**},
 * but only {@link OfficerRole#PETUGAS_PPID} may do this.
 */
final class PetugasOnly {

    private static final String AUTHORITY = "ROLE_" + OfficerRole.PETUGAS_PPID.name();

    private PetugasOnly() {
    }

    static Mono<Boolean> allowed(ServerWebExchange exchange) {
        return exchange.getPrincipal()
                .filter(Authentication.class::isInstance)
                .map(principal -> ((Authentication) principal).getAuthorities().stream()
                        .anyMatch(authority -> AUTHORITY.equals(authority.getAuthority())))
                .defaultIfEmpty(false);
    }
}

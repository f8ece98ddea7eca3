package id.go.cilegon.sigap.webapp.notification;

import id.go.cilegon.sigap.query.notification.api.Audience;
import id.go.cilegon.sigap.webapp.security.OfficerAccounts;
import java.security.Principal;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** The logged-in officer as the notifications see them: user name, role names and unit. Empty for a visitor. */
@Component
class OfficerAudience {

    private final OfficerAccounts accounts;

    OfficerAudience(OfficerAccounts accounts) {
        this.accounts = accounts;
    }

    Mono<Audience> of(ServerWebExchange exchange) {
        return exchange.getPrincipal().map(Principal::getName).flatMap(accounts::officer)
                .map(officer -> new Audience(officer.username(),
                        officer.roles().stream().map(Enum::name).sorted().toList(),
                        officer.unit() == null ? null : officer.unit().value()));
    }
}

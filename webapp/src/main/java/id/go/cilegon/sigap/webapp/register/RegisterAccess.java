package id.go.cilegon.sigap.webapp.register;

import id.go.cilegon.sigap.webapp.security.OfficerRole;
import id.go.cilegon.sigap.webapp.security.PathAccess;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.stereotype.Component;

/**
 * The full registers name every requester with address and contact, so only the PPID's staff, the Atasan PPID
 * and supervisors read them; everyone else has the public registers without personal data.
 */
@Component
class RegisterAccess implements PathAccess {

    @Override
    public void authorize(AuthorizeExchangeSpec exchanges) {
        exchanges.pathMatchers("/petugas/register/**")
                .hasAnyRole(OfficerRole.PETUGAS_PPID.name(), OfficerRole.ATASAN_PPID.name(),
                        OfficerRole.SUPERVISOR.name());
    }
}

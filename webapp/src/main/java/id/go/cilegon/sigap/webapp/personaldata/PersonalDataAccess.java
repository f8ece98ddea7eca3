package id.go.cilegon.sigap.webapp.personaldata;

import id.go.cilegon.sigap.webapp.security.OfficerRole;
import id.go.cilegon.sigap.webapp.security.PathAccess;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.stereotype.Component;

/**
 * Supervisors search the access log; data subjects' requests are the admin's (under {@code /admin/**}). Revealing a
 * case's people follows the case's own rules, checked on the case.
 */
@Component
class PersonalDataAccess implements PathAccess {

    @Override
    public void authorize(AuthorizeExchangeSpec exchanges) {
        exchanges.pathMatchers(AccessLogPage.PATH).hasRole(OfficerRole.SUPERVISOR.name());
    }
}

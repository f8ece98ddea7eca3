package id.go.cilegon.sigap.webapp.opinion;

import id.go.cilegon.sigap.webapp.security.OfficerRole;
import id.go.cilegon.sigap.webapp.security.PathAccess;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.stereotype.Component;

/**
 * The opinion monitor is for those who answer for the city's image: supervisors and media officers read it,
 * correct its readings and open media issues from its alerts; the Atasan PPID reads it. The taxonomy is the
 * admin's, under {@code /admin/**}.
 */
@Component
class OpinionAccess implements PathAccess {

    static final String[] ACTORS = {OfficerRole.SUPERVISOR.name(), OfficerRole.PETUGAS_MEDIA.name()};

    @Override
    public void authorize(AuthorizeExchangeSpec exchanges) {
        exchanges.pathMatchers(HttpMethod.POST, "/petugas/opini/**").hasAnyRole(ACTORS);
        exchanges.pathMatchers("/petugas/opini", "/petugas/opini.json", "/petugas/opini/**").hasAnyRole(
                OfficerRole.SUPERVISOR.name(), OfficerRole.PETUGAS_MEDIA.name(), OfficerRole.ATASAN_PPID.name());
    }
}

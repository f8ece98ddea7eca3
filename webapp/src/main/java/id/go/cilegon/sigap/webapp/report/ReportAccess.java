package id.go.cilegon.sigap.webapp.report;

import id.go.cilegon.sigap.webapp.security.OfficerRole;
import id.go.cilegon.sigap.webapp.security.PathAccess;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.stereotype.Component;

/**
 * The yearly report and the compliance figures cover every unit's cases and link to them, so they are for the
 * PPID's staff, the Atasan PPID and supervisors; a unit's PPID Pelaksana sees only its own cases, in its queue.
 */
@Component
class ReportAccess implements PathAccess {

    @Override
    public void authorize(AuthorizeExchangeSpec exchanges) {
        exchanges.pathMatchers("/petugas/laporan*", "/petugas/laporan/**", "/petugas/kepatuhan*")
                .hasAnyRole(OfficerRole.PETUGAS_PPID.name(), OfficerRole.ATASAN_PPID.name(),
                        OfficerRole.SUPERVISOR.name());
    }
}

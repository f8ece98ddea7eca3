package id.go.cilegon.sigap.webapp.complaint;

import id.go.cilegon.sigap.webapp.security.OfficerRole;
import id.go.cilegon.sigap.webapp.security.PathAccess;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.stereotype.Component;

/**
 * Each complaint action is the work of one role ({@link ComplaintAction}), on the page and in the officer API
 * alike; the complaint desk's intake and its receipts are the PPID staff's. Complaints are not the media
 * officers' work.
 */
@Component
class ComplaintAccess implements PathAccess {

    @Override
    public void authorize(AuthorizeExchangeSpec exchanges) {
        for (ComplaintAction action : ComplaintAction.values()) {
            exchanges.pathMatchers(HttpMethod.POST, "/petugas/pengaduan/*/" + action.path(),
                    "/api/v1/petugas/pengaduan/*/" + action.path()).hasRole(action.role().name());
        }
        exchanges.pathMatchers("/petugas/pengaduan/baru", "/petugas/pengaduan/tanda-terima/**")
                .hasRole(OfficerRole.PETUGAS_PPID.name());
        exchanges.pathMatchers("/petugas/pengaduan", "/petugas/pengaduan/**", "/api/v1/petugas/pengaduan/**")
                .hasAnyRole(OfficerRole.REQUEST_AND_COMPLAINT_WORK);
    }
}

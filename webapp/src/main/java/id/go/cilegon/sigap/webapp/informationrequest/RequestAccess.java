package id.go.cilegon.sigap.webapp.informationrequest;

import id.go.cilegon.sigap.webapp.security.OfficerRole;
import id.go.cilegon.sigap.webapp.security.PathAccess;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.stereotype.Component;

/**
 * Each case action of a request is the work of one role ({@link CaseAction}), on the page and in the officer API
 * alike; desk intake and its receipts are the PPID staff's. Requests are not the media officers' work.
 */
@Component
class RequestAccess implements PathAccess {

    @Override
    public void authorize(AuthorizeExchangeSpec exchanges) {
        for (CaseAction action : CaseAction.values()) {
            exchanges.pathMatchers(HttpMethod.POST, "/petugas/permohonan/*/" + action.path(),
                    "/api/v1/petugas/permohonan/*/" + action.path()).hasRole(action.role().name());
        }
        exchanges.pathMatchers("/petugas/permohonan/baru", "/api/v1/petugas/permohonan-informasi",
                "/petugas/tanda-terima/**").hasRole(OfficerRole.PETUGAS_PPID.name());
        exchanges.pathMatchers("/petugas/permohonan", "/petugas/permohonan/**", "/api/v1/petugas/permohonan/**")
                .hasAnyRole(OfficerRole.REQUEST_AND_COMPLAINT_WORK);
    }
}

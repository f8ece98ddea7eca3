package id.go.cilegon.sigap.webapp.mediaissue;

import id.go.cilegon.sigap.webapp.security.OfficerRole;
import id.go.cilegon.sigap.webapp.security.PathAccess;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.stereotype.Component;

/**
 * Media issues are the media officers' work; supervisors approve their responses and the Atasan PPID reads them;
 * a unit's officer opens the issues their unit is concerned by and answers what it was asked. Each action is
 * refused here by role before its form is read; the unit's own part is checked against the issue.
 */
@Component
class MediaIssueAccess implements PathAccess {

    @Override
    public void authorize(AuthorizeExchangeSpec exchanges) {
        for (MediaIssueAction action : MediaIssueAction.values()) {
            exchanges.pathMatchers(HttpMethod.POST, "/petugas/isu/*/" + action.path())
                    .hasAnyRole(action.roles().stream().map(Enum::name).toArray(String[]::new));
        }
        exchanges.pathMatchers("/petugas/isu/baru", "/petugas/isu/impor").hasRole(OfficerRole.PETUGAS_MEDIA.name());
        exchanges.pathMatchers("/petugas/isu", "/petugas/isu/**").hasAnyRole(OfficerRole.PETUGAS_MEDIA.name(),
                OfficerRole.SUPERVISOR.name(), OfficerRole.ATASAN_PPID.name(), OfficerRole.PPID_PELAKSANA.name());
    }
}

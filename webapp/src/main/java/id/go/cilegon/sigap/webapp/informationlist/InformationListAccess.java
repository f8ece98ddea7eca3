package id.go.cilegon.sigap.webapp.informationlist;

import id.go.cilegon.sigap.webapp.security.OfficerRole;
import id.go.cilegon.sigap.webapp.security.PathAccess;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.stereotype.Component;

/**
 * The PPID's staff keep the lists; the PPID's staff and the Atasan PPID record the exemption decisions and lift them;
 * supervisors and the units' PPID Pelaksana read them. Everyone reads the public lists ({@code /informasi-publik}).
 */
@Component
class InformationListAccess implements PathAccess {

    @Override
    public void authorize(AuthorizeExchangeSpec exchanges) {
        String ppid = OfficerRole.PETUGAS_PPID.name();
        String atasan = OfficerRole.ATASAN_PPID.name();
        exchanges.pathMatchers("/petugas/informasi/baru", "/petugas/informasi/impor").hasRole(ppid);
        exchanges.pathMatchers(HttpMethod.POST, "/petugas/informasi/*/ubah", "/petugas/informasi/*/tarik")
                .hasRole(ppid);
        exchanges.pathMatchers(HttpMethod.POST, "/petugas/informasi/*/kecualikan", "/petugas/informasi/*/buka")
                .hasAnyRole(ppid, atasan);
        exchanges.pathMatchers("/petugas/informasi", "/petugas/informasi/*").hasAnyRole(ppid, atasan,
                OfficerRole.SUPERVISOR.name(), OfficerRole.PPID_PELAKSANA.name());
    }
}

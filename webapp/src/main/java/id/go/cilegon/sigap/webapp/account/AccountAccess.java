package id.go.cilegon.sigap.webapp.account;

import id.go.cilegon.sigap.webapp.security.OfficerRole;
import id.go.cilegon.sigap.webapp.security.PathAccess;
import java.util.Arrays;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.stereotype.Component;

/** Every officer, the administrator included, keeps their own account; the officers' list is the admin's. */
@Component
class AccountAccess implements PathAccess {

    @Override
    public void authorize(AuthorizeExchangeSpec exchanges) {
        exchanges.pathMatchers("/petugas/akun", "/petugas/akun/**")
                .hasAnyRole(Arrays.stream(OfficerRole.values()).map(Enum::name).toArray(String[]::new));
    }
}

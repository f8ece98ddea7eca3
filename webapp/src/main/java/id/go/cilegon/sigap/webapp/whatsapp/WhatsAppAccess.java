package id.go.cilegon.sigap.webapp.whatsapp;

import id.go.cilegon.sigap.webapp.security.OfficerRole;
import id.go.cilegon.sigap.webapp.security.PathAccess;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.stereotype.Component;

/** The WhatsApp line's inbox is the PPID desk's: its staff read the hand-overs, answer and close them. */
@Component
class WhatsAppAccess implements PathAccess {

    @Override
    public void authorize(AuthorizeExchangeSpec exchanges) {
        exchanges.pathMatchers("/petugas/whatsapp", "/petugas/whatsapp/**").hasRole(OfficerRole.PETUGAS_PPID.name());
    }
}

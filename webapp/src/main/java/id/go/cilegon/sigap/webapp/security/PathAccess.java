package id.go.cilegon.sigap.webapp.security;

import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;

/**
 * A feature's own access rules by path, applied by the security filter before any controller runs: so a role that
 * may not take an action is refused (403) before its form is even read, and the rule sits beside the feature that
 * knows which role does what. The general rules ({@code /petugas/**} for officers) come after every feature's.
 */
public interface PathAccess {

    void authorize(AuthorizeExchangeSpec exchanges);
}

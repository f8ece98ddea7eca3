package id.go.cilegon.sigap.webapp.security;

import java.util.List;
import java.util.Set;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A login in two steps: when the officer has enrolled a TOTP second factor, the first factor (a password, or the
 * city's identity provider) yields only {@link #PENDING}, an authority that opens nothing but the code page
 * ({@code /masuk/kode}); the right code there yields the officer's roles.
 */
final class SecondFactor {

    static final String PENDING = "SIGAP_TOTP_PENDING";
    static final String CODE_PAGE = "/masuk/kode";

    private SecondFactor() {
    }

    static boolean pending(Authentication login) {
        return login.getAuthorities().stream().anyMatch(authority -> PENDING.equals(authority.getAuthority()));
    }

    /** The first factor is done; the code is awaited. */
    static Authentication awaiting(String username) {
        return UsernamePasswordAuthenticationToken.authenticated(username, null,
                List.of(new SimpleGrantedAuthority(PENDING)));
    }

    /** Both factors are done: the officer with their roles. */
    static Authentication complete(String username, Set<OfficerRole> roles) {
        return UsernamePasswordAuthenticationToken.authenticated(username, null, roles.stream()
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList());
    }
}

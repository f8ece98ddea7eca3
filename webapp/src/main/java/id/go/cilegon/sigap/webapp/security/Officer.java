package id.go.cilegon.sigap.webapp.security;

import id.go.cilegon.sigap.command.shared.api.OfficerId;
import id.go.cilegon.sigap.command.shared.api.UnitId;
import java.util.Set;

/**
 * A logged-in officer as the case pages see them.
 *
 * @param unit the OPD of a PPID Pelaksana; {@code null} for the PPID Utama's staff
 */
public record Officer(String username, String displayName, Set<OfficerRole> roles, UnitId unit) {

    public Officer {
        roles = Set.copyOf(roles);
    }

    public OfficerId id() {
        return new OfficerId(username);
    }

    public boolean has(OfficerRole role) {
        return roles.contains(role);
    }
}

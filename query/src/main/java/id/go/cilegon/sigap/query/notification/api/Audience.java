package id.go.cilegon.sigap.query.notification.api;

import java.util.List;
import java.util.Objects;

/**
 * Who is asking: an officer's user name, role names and unit. The query side knows roles only by name, so it
 * does not depend on the web layer's role type.
 *
 * @param unit the OPD of a PPID Pelaksana, or {@code null}
 */
public record Audience(String username, List<String> roles, String unit) {

    public Audience {
        Objects.requireNonNull(username, "username");
        roles = List.copyOf(roles);
    }
}

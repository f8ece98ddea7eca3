package id.go.cilegon.sigap.webapp.security;

import java.time.Duration;
import java.time.Instant;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.reactive.ServerHttpRequest;

/**
 * How long an officer's session lasts ({@code sigap.security.session.*}): it ends after {@code idle} without the
 * officer doing anything, and in any case {@code absolute} after the login; a login waiting for its TOTP code waits
 * {@code second-factor} at most.
 */
record SessionLimits(Duration idle, Duration absolute, Duration secondFactor) {

    SessionLimits {
        if (idle.isNegative() || idle.isZero() || absolute.compareTo(idle) < 0 || secondFactor.isNegative()
                || secondFactor.isZero()) {
            throw new IllegalArgumentException("sigap.security.session: idle and second-factor must be positive and "
                    + "absolute at least idle; got " + idle + ", " + absolute + ", " + secondFactor);
        }
    }

    /**
     * @param since   when the login began
     * @param seen    when the officer last did something
     * @param pending whether the login still waits for its TOTP code
     */
    boolean expired(Instant since, Instant seen, boolean pending, Instant now) {
        if (pending) {
            return !now.isBefore(since.plus(secondFactor));
        }
        return !now.isBefore(seen.plus(idle)) || !now.isBefore(since.plus(absolute));
    }

    /**
     * Whether a request is the officer's doing, and so keeps the session alive: a page opened or a form sent, any
     * write, and any request from a client that is not a browser's script. A page's own refresh every minute
     * (the supervision, compliance and opinion pages fetch in the background, {@code Sec-Fetch-Mode} other than
     * {@code navigate}) is not: an officer who walked away from an open dashboard is logged out all the same.
     */
    static boolean byTheOfficer(ServerHttpRequest request) {
        String mode = request.getHeaders().getFirst("Sec-Fetch-Mode");
        return mode == null || "navigate".equals(mode) || request.getMethod() != HttpMethod.GET;
    }
}

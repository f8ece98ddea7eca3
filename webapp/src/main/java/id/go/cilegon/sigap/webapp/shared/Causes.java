package id.go.cilegon.sigap.webapp.shared;

import java.util.Optional;

/** Finds a failure of a given kind in a chain of causes: commands and blocking calls wrap what went wrong. */
public final class Causes {

    private Causes() {
    }

    public static <T extends Throwable> Optional<T> find(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return Optional.of(type.cast(cause));
            }
        }
        return Optional.empty();
    }
}

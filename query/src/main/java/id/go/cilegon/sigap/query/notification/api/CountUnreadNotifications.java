package id.go.cilegon.sigap.query.notification.api;

import java.util.Objects;

/** How many notifications one officer has not marked read yet; answered with a {@link Long}. */
public record CountUnreadNotifications(Audience audience) {

    public CountUnreadNotifications {
        Objects.requireNonNull(audience, "audience");
    }
}

package id.go.cilegon.sigap.query.notification.api;

import java.util.Objects;

/** The notifications for one officer, newest first, each once even when several of their roles receive it. */
public record ListNotifications(Audience audience) {

    public ListNotifications {
        Objects.requireNonNull(audience, "audience");
    }
}

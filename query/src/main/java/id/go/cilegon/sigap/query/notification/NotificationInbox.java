package id.go.cilegon.sigap.query.notification;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Filters.or;
import static com.mongodb.client.model.Updates.addToSet;
import static com.mongodb.client.model.Updates.inc;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import id.go.cilegon.sigap.query.notification.api.Audience;
import id.go.cilegon.sigap.query.notification.api.CountUnreadNotifications;
import id.go.cilegon.sigap.query.notification.api.ListNotifications;
import id.go.cilegon.sigap.query.notification.api.Notification;
import id.go.cilegon.sigap.query.shared.ReadModelCodecs;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * An officer's inbox: answers their notification list and unread count, and keeps who has read what. An officer
 * sees the notifications addressed to any of their roles; one addressed to a unit only when it is their unit. An
 * event addressed to two of their roles shows once.
 */
public class NotificationInbox {

    /**
     * The most notifications an officer is shown, newest first, and the most unread ones counted: an inbox grows with
     * every case, and the unread count is on every page. Older ones stay on their case's timeline.
     */
    public static final int SHOWN = 100;

    /** Per officer, how many times they marked notifications read. */
    static final String MARKS_COLLECTION = "notification_marks";

    private final MongoCollection<NotificationDocument> notifications;
    private final MongoCollection<Document> marks;

    public NotificationInbox(MongoDatabase database) {
        this.notifications = database.withCodecRegistry(ReadModelCodecs.REGISTRY)
                .getCollection(NotificationWriter.COLLECTION, NotificationDocument.class);
        this.marks = database.getCollection(MARKS_COLLECTION);
    }

    @QueryHandler
    public List<Notification> handle(ListNotifications query) {
        return newest(query.audience(), addressedTo(query.audience()));
    }

    /** Up to {@link #SHOWN}: the badge says "99+" past that. */
    @QueryHandler
    public Long handle(CountUnreadNotifications query) {
        Audience audience = query.audience();
        return (long) newest(audience, and(addressedTo(audience), ne("readBy", audience.username()))).size();
    }

    /**
     * Marks the notification of event {@code key} read for this officer, in every audience they belong to.
     *
     * @return whether the officer can see such a notification at all
     */
    public boolean markRead(String key, Audience audience) {
        boolean found = notifications.updateMany(and(eq("key", key), addressedTo(audience)),
                addToSet("readBy", audience.username())).getMatchedCount() > 0;
        if (found) {
            marks.updateOne(eq("_id", audience.username()), inc("marks", 1L), new UpdateOptions().upsert(true));
        }
        return found;
    }

    /**
     * How many times {@code username} has marked a notification read: beside the notification processor's tokens,
     * the version of what their inbox shows, for marking read is the one change no processor makes.
     */
    public long marks(String username) {
        Document officer = marks.find(eq("_id", username)).first();
        return officer == null ? 0 : officer.get("marks", Number.class).longValue();
    }

    /**
     * The newest {@link #SHOWN} notifications {@code filter} finds for {@code audience}, each event once. The store
     * is asked for no more documents than can hold them: an event reaches an officer at most twice per role (to the
     * role, and to it in their unit) and once by name.
     */
    private List<Notification> newest(Audience audience, Bson filter) {
        if (audience.roles().isEmpty()) {
            return List.of();
        }
        Map<String, Notification> byKey = new LinkedHashMap<>();
        notifications.find(filter).sort(Sorts.descending("occurredAt", "key"))
                .limit(SHOWN * (2 * audience.roles().size() + 1))
                .forEach(document -> byKey.merge(document.key(), document.toView(audience.username()),
                        (first, second) -> first));
        return byKey.values().stream().limit(SHOWN).toList();
    }

    /** To one of the officer's roles (and their unit, or none), or to the officer by name. */
    private static Bson addressedTo(Audience audience) {
        Bson anyUnit = eq("unit", null);
        return or(and(in("role", audience.roles()),
                audience.unit() == null ? anyUnit : or(anyUnit, eq("unit", audience.unit()))),
                eq("officer", audience.username()));
    }
}

package id.go.cilegon.sigap.query.notification;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Updates.addToSet;
import static com.mongodb.client.model.Updates.inc;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.UpdateOptions;
import id.go.cilegon.sigap.query.notification.api.Audience;
import id.go.cilegon.sigap.query.notification.api.CountUnreadNotifications;
import id.go.cilegon.sigap.query.notification.api.ListNotifications;
import id.go.cilegon.sigap.query.notification.api.Notification;
import id.go.cilegon.sigap.query.shared.ReadModelCodecs;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;

/**
 * An officer's inbox: answers their notification list and unread count, and keeps who has read what. An officer
 * sees the notifications addressed to any of their roles; one addressed to a unit only when it is their unit. An
 * event addressed to two of their roles shows once. Both answers read the heads of the officer's audiences and then
 * the notifications they name, by id: a few documents, however many notifications the store holds.
 */
public class NotificationInbox {

    /**
     * The most notifications an officer is shown, newest first, and so the most counted unread: an inbox grows with
     * every case, and the unread count is on every page. Older ones stay on their case's timeline.
     */
    public static final int SHOWN = 100;

    /** Per officer, how many times they marked notifications read. */
    static final String MARKS_COLLECTION = "notification_marks";

    private static final Comparator<Document> NEWEST_FIRST = Comparator
            .comparing((Document entry) -> entry.get("occurredAt", Date.class))
            .thenComparing(entry -> entry.getString("key")).reversed();

    private final MongoCollection<NotificationDocument> notifications;
    private final MongoCollection<Document> heads;
    private final MongoCollection<Document> marks;

    public NotificationInbox(MongoDatabase database) {
        MongoDatabase readModels = database.withCodecRegistry(ReadModelCodecs.REGISTRY);
        this.notifications = readModels.getCollection(NotificationWriter.COLLECTION, NotificationDocument.class);
        this.heads = readModels.getCollection(NotificationWriter.HEADS_COLLECTION);
        this.marks = database.getCollection(MARKS_COLLECTION);
    }

    @QueryHandler
    public List<Notification> handle(ListNotifications query) {
        String username = query.audience().username();
        return shown(query.audience()).stream().map(notification -> notification.toView(username)).toList();
    }

    /** The unread among those the inbox shows: at most {@link #SHOWN}. */
    @QueryHandler
    public Long handle(CountUnreadNotifications query) {
        String username = query.audience().username();
        return shown(query.audience()).stream().filter(notification -> !notification.isReadBy(username)).count();
    }

    /**
     * Marks the notification of event {@code key} read for this officer, in every audience they belong to.
     *
     * @return whether the officer can see such a notification at all
     */
    public boolean markRead(String key, Audience audience) {
        List<String> ids = NotificationWriter.audiencesOf(audience).stream().map(to -> key + to).toList();
        boolean found = !audience.roles().isEmpty()
                && notifications.updateMany(in("_id", ids), addToSet("readBy", audience.username()))
                        .getMatchedCount() > 0;
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
     * The newest {@link #SHOWN} notifications for {@code audience}, newest first, each event once: the heads of their
     * audiences merged, then the notifications they name read by id.
     */
    private List<NotificationDocument> shown(Audience audience) {
        if (audience.roles().isEmpty()) {
            return List.of();
        }
        List<Document> entries = new ArrayList<>();
        heads.find(in("_id", NotificationWriter.audiencesOf(audience)))
                .forEach(head -> entries.addAll(head.getList("entries", Document.class, List.of())));
        entries.sort(NEWEST_FIRST);
        Map<String, String> idByKey = new LinkedHashMap<>();
        for (Document entry : entries) {
            if (idByKey.size() == SHOWN) {
                break;
            }
            idByKey.putIfAbsent(entry.getString("key"), entry.getString("id"));
        }
        Map<String, NotificationDocument> byId = new HashMap<>();
        notifications.find(in("_id", idByKey.values()))
                .forEach(notification -> byId.put(notification.id(), notification));
        return idByKey.values().stream().map(byId::get).filter(Objects::nonNull).toList();
    }
}

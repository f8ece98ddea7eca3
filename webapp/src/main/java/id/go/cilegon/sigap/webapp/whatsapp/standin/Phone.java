package id.go.cilegon.sigap.webapp.whatsapp.standin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A citizen's phone on the stand-in: each method sends one message to Sigap as Meta would deliver it (a signed
 * webhook with the contact and the message) and answers its {@code wamid}; {@link #status} is the HTTP status Sigap
 * answered the last delivery with.
 */
public final class Phone {

    private final CloudApiStandIn standIn;
    private final String waId;
    private final String userId;
    private final String name;
    private volatile int status;

    Phone(CloudApiStandIn standIn, String waId, String userId, String name) {
        this.standIn = standIn;
        this.waId = waId;
        this.userId = userId;
        this.name = name;
    }

    /** The chat key: the number, or the business-scoped id of a phone without one. */
    public String contact() {
        return waId != null ? waId : userId;
    }

    public int status() {
        return status;
    }

    public String text(String body) {
        return send("text", Map.of("body", body), body);
    }

    /** Taps a reply button or a list row that Sigap offered. */
    public String tap(String id, String title, boolean listRow) {
        String kind = listRow ? "list_reply" : "button_reply";
        return send("interactive", Map.of("type", kind, kind, Map.of("id", id, "title", title)), title);
    }

    /** Taps the offered choice whose title is {@code title} in the last message Sigap sent that offered it. */
    public String choose(String title) {
        List<CloudApiStandIn.Line> received = standIn.received(contact());
        for (int i = received.size() - 1; i >= 0; i--) {
            CloudApiStandIn.Line line = received.get(i);
            int index = line.choices().indexOf(title);
            if (index >= 0) {
                return tap(line.choiceIds().get(index), title, line.choices().size() > 3);
            }
        }
        throw new IllegalStateException("Sigap never offered \"" + title + "\"");
    }

    public String location(double latitude, double longitude, String place, String address) {
        Map<String, Object> location = new LinkedHashMap<>();
        location.put("latitude", latitude);
        location.put("longitude", longitude);
        if (place != null) {
            location.put("name", place);
        }
        if (address != null) {
            location.put("address", address);
        }
        return send("location", location, "📍 " + latitude + ", " + longitude);
    }

    public String photo(byte[] bytes, String mimeType, String caption) {
        String media = standIn.upload(bytes, mimeType);
        Map<String, Object> image = new LinkedHashMap<>();
        image.put("id", media);
        image.put("mime_type", mimeType);
        image.put("sha256", CloudApiStandIn.sha256(bytes, false));
        if (caption != null) {
            image.put("caption", caption);
        }
        return send("image", image, "🖼 " + (caption == null ? "" : caption));
    }

    /** A message of a type Sigap does not read (a sticker, a voice note, …). */
    public String other(String type) {
        return send(type, Map.of("id", "media-" + UUID.randomUUID()), "[" + type + "]");
    }

    /** Sends the same message object again, as Meta does when it did not see a 200: answers the status. */
    public int redeliver(String wamid, String body) {
        return standIn.deliver(standIn.envelope(value(message(wamid, "text", Map.of("body", body)))));
    }

    private String send(String type, Map<String, Object> content, String shown) {
        String wamid = "wamid.SI." + UUID.randomUUID();
        standIn.record(contact(), new CloudApiStandIn.Line(true, wamid, shown, List.of(), List.of(), null,
                standIn.clock().instant()));
        status = standIn.deliver(standIn.envelope(value(message(wamid, type, content))));
        return wamid;
    }

    private Map<String, Object> message(String wamid, String type, Map<String, Object> content) {
        Map<String, Object> message = new LinkedHashMap<>();
        if (waId != null) {
            message.put("from", waId);
        } else {
            message.put("from_user_id", userId);
        }
        message.put("id", wamid);
        message.put("timestamp", String.valueOf(standIn.clock().instant().getEpochSecond()));
        message.put("type", type);
        message.put(type, content);
        return message;
    }

    private Map<String, Object> value(Map<String, Object> message) {
        Map<String, Object> contact = new LinkedHashMap<>();
        contact.put("profile", Map.of("name", name));
        if (waId != null) {
            contact.put("wa_id", waId);
        }
        if (userId != null) {
            contact.put("user_id", userId);
        }
        return Map.of("messaging_product", "whatsapp", "metadata", CloudApiStandIn.metadata(),
                "contacts", List.of(contact), "messages", List.of(message));
    }
}

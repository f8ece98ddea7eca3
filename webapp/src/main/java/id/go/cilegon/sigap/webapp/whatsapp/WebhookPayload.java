package id.go.cilegon.sigap.webapp.whatsapp;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One signed webhook delivery split into what Sigap keeps: each message the citizens sent (keyed by its
 * {@code wamid}) and each receipt for a message Sigap sent (keyed by the {@code wamid} and the status). One delivery
 * may carry several entries, changes, messages and receipts; changes of other fields are ignored. A delivery that
 * is not the Cloud API's shape is {@link Malformed}, naming the first field that is wrong, and nothing of it is kept.
 */
record WebhookPayload(List<Inbound> messages, List<Receipt> receipts) {

    static final Set<String> STATUSES = Set.of("sent", "delivered", "read", "failed");
    private static final int MAX_ID_LENGTH = 256;
    private static final Pattern PHONE = Pattern.compile("\\d{6,20}");
    /** A business-scoped user id: country code, a dot, up to 128 letters and digits (and ENT. for a parent id). */
    private static final Pattern USER_ID = Pattern.compile("[A-Z]{2}\\.[A-Za-z0-9.]{1,140}");

    /**
     * Who wrote: the phone number ({@code wa_id}) and/or the business-scoped user id; Meta may omit the number
     * for a citizen who uses a username. The profile name is not kept.
     */
    record Sender(String waId, String userId) {
    }

    /** @param json the message object exactly as Meta sent it, read again by the conversation */
    record Inbound(String messageId, Sender sender, Instant sentAt, String json) {
    }

    /** @param errorCode Meta's error code of a {@code failed} receipt, else {@code null} */
    record Receipt(String messageId, String status, Instant at, String errorCode) {
    }

    /** Not the Cloud API's shape; {@code field} is where, as a path into the body. */
    static final class Malformed extends RuntimeException {

        private final String field;

        Malformed(String field) {
            super(field, null, false, false);
            this.field = field;
        }

        String field() {
            return field;
        }

        String pointer() {
            return "#/" + field.replace("[", "/").replace("]", "").replace('.', '/');
        }
    }

    static WebhookPayload parse(byte[] body, JsonMapper json) {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JacksonException notJson) {
            throw new Malformed("body");
        }
        if (root == null || !root.isObject()) {
            throw new Malformed("body");
        }
        if (!"whatsapp_business_account".equals(text(root.path("object")))) {
            throw new Malformed("object");
        }
        List<Inbound> messages = new ArrayList<>();
        List<Receipt> receipts = new ArrayList<>();
        JsonNode entries = array(root, "entry", "entry");
        for (int e = 0; e < entries.size(); e++) {
            String entryPath = "entry[" + e + "]";
            JsonNode changes = array(entries.get(e), "changes", entryPath + ".changes");
            for (int c = 0; c < changes.size(); c++) {
                String changePath = entryPath + ".changes[" + c + "]";
                JsonNode change = changes.get(c);
                if (!"messages".equals(text(change.path("field")))) {
                    continue;
                }
                JsonNode value = change.path("value");
                if (!value.isObject()) {
                    throw new Malformed(changePath + ".value");
                }
                String valuePath = changePath + ".value";
                JsonNode contacts = value.path("contacts");
                JsonNode inbound = value.path("messages");
                if (!inbound.isMissingNode()) {
                    JsonNode list = array(value, "messages", valuePath + ".messages");
                    for (int m = 0; m < list.size(); m++) {
                        messages.add(message(list.get(m), contacts, valuePath + ".messages[" + m + "]"));
                    }
                }
                JsonNode statuses = value.path("statuses");
                if (!statuses.isMissingNode()) {
                    JsonNode list = array(value, "statuses", valuePath + ".statuses");
                    for (int s = 0; s < list.size(); s++) {
                        receipt(list.get(s), valuePath + ".statuses[" + s + "]").ifPresent(receipts::add);
                    }
                }
            }
        }
        return new WebhookPayload(List.copyOf(messages), List.copyOf(receipts));
    }

    private static Inbound message(JsonNode message, JsonNode contacts, String path) {
        if (!message.isObject()) {
            throw new Malformed(path);
        }
        String id = id(message, path);
        if (text(message.path("type")) == null) {
            throw new Malformed(path + ".type");
        }
        String waId = text(message.path("from"));
        String userId = text(message.path("from_user_id"));
        if (contacts.isArray()) {
            for (JsonNode contact : contacts) {
                String contactWaId = text(contact.path("wa_id"));
                String contactUserId = text(contact.path("user_id"));
                boolean same = waId != null ? waId.equals(contactWaId)
                        : userId == null || userId.equals(contactUserId);
                if (same || contacts.size() == 1) {
                    waId = waId != null ? waId : contactWaId;
                    userId = userId != null ? userId : contactUserId;
                }
            }
        }
        waId = waId != null && PHONE.matcher(waId).matches() ? waId : null;
        userId = userId != null && USER_ID.matcher(userId).matches() ? userId : null;
        if (waId == null && userId == null) {
            throw new Malformed(path + ".from");
        }
        return new Inbound(id, new Sender(waId, userId), timestamp(message, path), message.toString());
    }

    private static Optional<Receipt> receipt(JsonNode status, String path) {
        if (!status.isObject()) {
            throw new Malformed(path);
        }
        String id = id(status, path);
        String value = text(status.path("status"));
        if (value == null) {
            throw new Malformed(path + ".status");
        }
        if (!STATUSES.contains(value)) {
            return Optional.empty();
        }
        JsonNode error = status.path("errors").path(0).path("code");
        return Optional.of(new Receipt(id, value, timestamp(status, path),
                error.isNumber() || error.isString() ? error.asString() : null));
    }

    private static String id(JsonNode node, String path) {
        String id = text(node.path("id"));
        if (id == null || id.isBlank() || id.length() > MAX_ID_LENGTH) {
            throw new Malformed(path + ".id");
        }
        return id;
    }

    private static Instant timestamp(JsonNode node, String path) {
        String seconds = text(node.path("timestamp"));
        if (seconds == null || !seconds.matches("\\d{1,12}")) {
            throw new Malformed(path + ".timestamp");
        }
        return Instant.ofEpochSecond(Long.parseLong(seconds));
    }

    private static JsonNode array(JsonNode parent, String name, String path) {
        JsonNode node = parent.path(name);
        if (!node.isArray()) {
            throw new Malformed(path);
        }
        return node;
    }

    /** The text of a string node; {@code null} for anything else, missing included. */
    static String text(JsonNode node) {
        return node != null && node.isString() ? node.stringValue() : null;
    }
}

package id.go.cilegon.sigap.webapp.whatsapp;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A citizen's message as the conversation reads it: the words typed or the title of the button or row tapped, the
 * id of that button or row, a location pin, or a photo or document to fetch. Any other type (stickers, voice,
 * reactions, …) keeps only its type, and the conversation says it cannot read it.
 *
 * @param text   what was typed, or the tapped button's or row's title; {@code null} for a pin or a photo
 * @param choice the id of the tapped button or row, else {@code null}
 */
record InboundMessage(String id, String type, String text, String choice, Pin pin, Media media) {

    /** @param name and {@code address} only when the citizen shared a named place */
    record Pin(double latitude, double longitude, String name, String address) {
    }

    /** @param fileName a document's own name, else {@code null} */
    record Media(String id, String mimeType, String sha256, String fileName, String caption) {
    }

    boolean isText() {
        return text != null && choice == null;
    }

    static InboundMessage parse(String messageId, String json, JsonMapper mapper) {
        JsonNode message;
        try {
            message = mapper.readTree(json);
        } catch (JacksonException stored) {
            return new InboundMessage(messageId, "unreadable", null, null, null, null);
        }
        String type = String.valueOf(WebhookPayload.text(message.path("type")));
        switch (type) {
            case "text" -> {
                return text(messageId, type, WebhookPayload.text(message.path("text").path("body")));
            }
            case "interactive" -> {
                JsonNode interactive = message.path("interactive");
                JsonNode reply = interactive.has("button_reply") ? interactive.path("button_reply")
                        : interactive.path("list_reply");
                String choice = WebhookPayload.text(reply.path("id"));
                return choice == null ? other(messageId, "interactive")
                        : new InboundMessage(messageId, type, WebhookPayload.text(reply.path("title")), choice, null,
                        null);
            }
            case "button" -> {
                JsonNode button = message.path("button");
                String payload = WebhookPayload.text(button.path("payload"));
                String label = WebhookPayload.text(button.path("text"));
                return payload == null ? text(messageId, type, label)
                        : new InboundMessage(messageId, type, label, payload, null, null);
            }
            case "location" -> {
                JsonNode location = message.path("location");
                if (!location.path("latitude").isNumber() || !location.path("longitude").isNumber()) {
                    return other(messageId, type);
                }
                return new InboundMessage(messageId, type, null, null, new Pin(location.path("latitude").asDouble(),
                        location.path("longitude").asDouble(), WebhookPayload.text(location.path("name")),
                        WebhookPayload.text(location.path("address"))), null);
            }
            case "image", "document" -> {
                JsonNode media = message.path(type);
                String mediaId = WebhookPayload.text(media.path("id"));
                return mediaId == null ? other(messageId, type) : new InboundMessage(messageId, type, null, null,
                        null, new Media(mediaId, WebhookPayload.text(media.path("mime_type")),
                        WebhookPayload.text(media.path("sha256")), WebhookPayload.text(media.path("filename")),
                        WebhookPayload.text(media.path("caption"))));
            }
            default -> {
                return other(messageId, type);
            }
        }
    }

    private static InboundMessage text(String messageId, String type, String body) {
        return body == null || body.isBlank() ? other(messageId, type)
                : new InboundMessage(messageId, type, body.strip(), null, null, null);
    }

    private static InboundMessage other(String messageId, String type) {
        return new InboundMessage(messageId, type, null, null, null, null);
    }
}

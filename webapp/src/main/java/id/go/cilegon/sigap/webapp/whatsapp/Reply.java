package id.go.cilegon.sigap.webapp.whatsapp;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One message to a citizen, as the Cloud API's message fields without the recipient: plain text, up to three reply
 * buttons, a list of up to ten rows, or an approved template (the only kind allowed outside the 24-hour window).
 * Lengths are cut to what WhatsApp shows: a text to 4096 characters, a button title to 20, a row title to 24 and
 * its description to 72.
 */
sealed interface Reply {

    Map<String, Object> fields();

    /** A choice on a button or a list row; {@code id} comes back in the citizen's reply. */
    record Choice(String id, String title, String description) {

        static Choice of(String id, String title) {
            return new Choice(id, title, null);
        }
    }

    record Text(String body) implements Reply {

        @Override
        public Map<String, Object> fields() {
            return Map.of("type", "text", "text", Map.of("preview_url", false, "body", cut(body, 4096)));
        }
    }

    record Buttons(String body, List<Choice> choices) implements Reply {

        public Buttons {
            if (choices.isEmpty() || choices.size() > 3) {
                throw new IllegalArgumentException("One to three buttons");
            }
        }

        @Override
        public Map<String, Object> fields() {
            List<Map<String, Object>> buttons = choices.stream().<Map<String, Object>>map(choice -> Map.of(
                    "type", "reply", "reply", Map.of("id", choice.id(), "title", cut(choice.title(), 20)))).toList();
            return Map.of("type", "interactive", "interactive", Map.of("type", "button",
                    "body", Map.of("text", cut(body, 1024)), "action", Map.of("buttons", buttons)));
        }
    }

    record Menu(String body, String button, List<Choice> choices) implements Reply {

        public Menu {
            if (choices.isEmpty() || choices.size() > 10) {
                throw new IllegalArgumentException("One to ten rows");
            }
        }

        @Override
        public Map<String, Object> fields() {
            List<Map<String, Object>> rows = choices.stream().map(choice -> {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", choice.id());
                row.put("title", cut(choice.title(), 24));
                if (choice.description() != null) {
                    row.put("description", cut(choice.description(), 72));
                }
                return row;
            }).toList();
            return Map.of("type", "interactive", "interactive", Map.of("type", "list",
                    "body", Map.of("text", cut(body, 1024)),
                    "action", Map.of("button", cut(button, 20), "sections", List.of(Map.of("rows", rows)))));
        }
    }

    /** An approved template with its body parameters; never personal data in them. */
    record Template(String name, String language, List<String> parameters) implements Reply {

        @Override
        public Map<String, Object> fields() {
            List<Map<String, Object>> values = parameters.stream()
                    .<Map<String, Object>>map(value -> Map.of("type", "text", "text", value)).toList();
            return Map.of("type", "template", "template", Map.of("name", name,
                    "language", Map.of("code", language),
                    "components", List.of(Map.of("type", "body", "parameters", values))));
        }
    }

    private static String cut(String text, int max) {
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
    }
}

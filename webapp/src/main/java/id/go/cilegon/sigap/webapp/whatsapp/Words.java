package id.go.cilegon.sigap.webapp.whatsapp;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * The bridge's sentences in one citizen's language ({@code messages-whatsapp}): Bahasa Indonesia unless they asked
 * for English. Also builds the usual replies: a text, or choices as buttons (up to three) or a list.
 */
final class Words {

    private final MessageSource messages;
    private final Locale locale;

    Words(MessageSource messages, String language) {
        this.messages = messages;
        this.locale = "en".equals(language) ? Locale.ENGLISH : Locale.forLanguageTag("id");
    }

    Locale locale() {
        return locale;
    }

    String t(String code, Object... arguments) {
        return messages.getMessage(code, arguments, locale);
    }

    Reply text(String code, Object... arguments) {
        return new Reply.Text(t(code, arguments));
    }

    /** A question with its choices: buttons when there are three or fewer, else a list. */
    Reply choose(String body, List<Reply.Choice> choices) {
        return choices.size() <= 3 ? new Reply.Buttons(body, choices)
                : new Reply.Menu(body, t("wa.choose"), choices);
    }
}

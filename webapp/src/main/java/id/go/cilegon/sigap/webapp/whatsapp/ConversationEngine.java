package id.go.cilegon.sigap.webapp.whatsapp;

import id.go.cilegon.sigap.webapp.whatsapp.Conversations.Conversation;
import id.go.cilegon.sigap.webapp.whatsapp.Conversations.Flow;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * One conversation per citizen, in Bahasa Indonesia unless they ask for English. Without a conversation under way
 * a message picks from the menu (a list, its number, or a word such as "pengaduan" or "cek ADUAN/2026/000001");
 * within one it answers the question asked. "batal" cancels whatever is under way, "menu" or "bantuan" repeats the
 * question, and anything the conversation cannot read is answered with help, never with silence. While a citizen
 * talks to an officer (hand-over), their messages go to the officers' inbox instead.
 */
@Component
class ConversationEngine {

    private static final Set<String> GREETINGS = Set.of("halo", "hallo", "hai", "hi", "hello", "menu", "mulai",
            "start", "bantuan", "help", "info", "p", "assalamualaikum", "selamat pagi", "selamat siang",
            "selamat sore", "selamat malam", "?");
    private static final Set<String> HELP = Set.of("menu", "bantuan", "help", "?");
    private static final Set<String> READABLE = Set.of("text", "interactive", "button", "location", "image",
            "document");
    private static final Map<String, String> MENU_WORDS = Map.ofEntries(
            Map.entry("pengaduan", "PENGADUAN"), Map.entry("aduan", "PENGADUAN"), Map.entry("lapor", "PENGADUAN"),
            Map.entry("permohonan", "PERMOHONAN"), Map.entry("informasi", "PERMOHONAN"),
            Map.entry("keberatan", "KEBERATAN"), Map.entry("cek", "CEK"), Map.entry("status", "CEK"),
            Map.entry("jawab", "JAWAB"), Map.entry("nilai", "PENILAIAN"), Map.entry("penilaian", "PENILAIAN"),
            Map.entry("petugas", "PETUGAS"), Map.entry("operator", "PETUGAS"));
    private static final List<String> MENU = List.of("PENGADUAN", "PERMOHONAN", "CEK", "JAWAB", "PENILAIAN",
            "KEBERATAN", "PETUGAS");

    private final Conversations conversations;
    private final WhatsAppContacts contacts;
    private final Handovers handovers;
    private final CaseForms forms;
    private final CaseActs acts;
    private final MessageSource messages;
    private final WhatsAppProperties properties;
    private final Clock clock;

    ConversationEngine(Conversations conversations, WhatsAppContacts contacts, Handovers handovers, CaseForms forms,
            CaseActs acts, MessageSource messages, WhatsAppProperties properties, Clock clock) {
        this.conversations = conversations;
        this.contacts = contacts;
        this.handovers = handovers;
        this.forms = forms;
        this.acts = acts;
        this.messages = messages;
        this.properties = properties;
        this.clock = clock;
    }

    Words words(WhatsAppContacts.Contact contact) {
        return new Words(messages, contact.language());
    }

    /**
     * Handles one message of the citizen and answers what to reply. Throws {@link Conversations.Changed} when
     * another node moved the conversation meanwhile: the message is then handled again.
     */
    List<Reply> handle(WhatsAppContacts.Contact contact, InboundMessage message) {
        Instant now = clock.instant();
        Words words = words(contact);
        List<Reply> replies = new ArrayList<>();
        Optional<Conversation> current = conversations.find(contact.key());
        if (current.isPresent() && expired(current.get(), now)) {
            end(current.get());
            replies.add(words.text("wa.expired"));
            current = Optional.empty();
        }
        String typed = message.isText() ? message.text().strip().toLowerCase(Locale.ROOT) : null;
        if ("batal".equals(typed) || "cancel".equals(typed) || "BATAL".equals(message.choice())) {
            replies.add(cancel(contact, current, words, now));
            return replies;
        }
        if (contact.handover() != null) {
            handovers.add(contact.handover(), new Handovers.Line(null, asLine(message, words), now));
            return replies;
        }
        if ("english".equals(typed) || "bahasa indonesia".equals(typed) || "indonesia".equals(typed)) {
            String language = "english".equals(typed) ? "en" : "id";
            contacts.language(contact.key(), language);
            Words switched = new Words(messages, language);
            replies.add(switched.text("wa.language"));
            replies.add(current.isPresent() ? question(current.get(), contact, switched) : menu(switched));
            return replies;
        }
        Turn turn;
        if (current.isPresent()) {
            turn = step(current.get(), contact, message, typed, words, now);
        } else {
            turn = start(contact, message, typed, words, now);
        }
        if (turn.next() != null) {
            conversations.save(turn.next().at(turn.next().step(), now));
        } else {
            current.ifPresent(conversations::end);
        }
        replies.addAll(turn.replies());
        return replies;
    }

    private Turn step(Conversation current, WhatsAppContacts.Contact contact, InboundMessage message, String typed,
            Words words, Instant now) {
        if (!READABLE.contains(message.type()) || message.text() == null && message.choice() == null
                && message.pin() == null && message.media() == null) {
            return Turn.go(current, words.text("wa.unreadable"), question(current, contact, words));
        }
        if (typed != null && HELP.contains(typed)) {
            return Turn.go(current, words.text("wa.help.inFlow"), question(current, contact, words));
        }
        return CaseForms.walks(current.flow()) ? forms.answer(current, contact, message, words, now)
                : acts.answer(current, contact, message, words, now);
    }

    private Turn start(WhatsAppContacts.Contact contact, InboundMessage message, String typed, Words words,
            Instant now) {
        String choice = message.choice() != null && message.choice().startsWith("MENU:")
                ? message.choice().substring("MENU:".length()) : null;
        String reference = null;
        if (choice == null && typed != null) {
            String[] parts = typed.split("\\s+", 2);
            choice = MENU_WORDS.get(parts[0]);
            if (choice == null && typed.matches("[1-7]")) {
                choice = MENU.get(Integer.parseInt(typed) - 1);
            }
            reference = parts.length > 1 && choice != null ? message.text().strip().split("\\s+", 2)[1] : null;
        }
        if (choice == null || !MENU.contains(choice)) {
            if (!READABLE.contains(message.type())) {
                return Turn.end(words.text("wa.unreadable"), menu(words));
            }
            boolean greeting = typed != null && GREETINGS.contains(typed);
            return Turn.end(words.text(greeting ? "wa.welcome" : "wa.notUnderstood"), menu(words));
        }
        if (choice.equals("PETUGAS")) {
            Handovers.Handover handover = handovers.open(contact.key(), now);
            contacts.handover(contact.key(), handover.id());
            return Turn.end(words.text("wa.handover.opened"));
        }
        Flow flow = Flow.valueOf(choice);
        return CaseForms.walks(flow) ? forms.begin(flow, contact, words, now)
                : acts.begin(flow, contact, reference, words, now);
    }

    private Reply cancel(WhatsAppContacts.Contact contact, Optional<Conversation> current, Words words, Instant now) {
        if (contact.handover() != null) {
            handovers.close(contact.handover(), Handovers.CITIZEN, now);
            contacts.handover(contact.key(), null);
            return words.text("wa.handover.closedByCitizen");
        }
        if (current.isPresent()) {
            end(current.get());
            return words.text("wa.cancelled");
        }
        return words.text("wa.nothingToCancel");
    }

    private Reply question(Conversation conversation, WhatsAppContacts.Contact contact, Words words) {
        return CaseForms.walks(conversation.flow()) ? forms.ask(conversation, words)
                : acts.ask(conversation, contact, words);
    }

    Reply menu(Words words) {
        return new Reply.Menu(words.t("wa.menu.body"), words.t("wa.menu.button"), MENU.stream()
                .map(item -> new Reply.Choice("MENU:" + item, words.t("wa.menu." + item),
                        words.t("wa.menu." + item + ".description")))
                .toList());
    }

    /** The message as one line of a hand-over: the words, or what was sent instead of words. */
    private static String asLine(InboundMessage message, Words words) {
        if (message.text() != null) {
            return message.text();
        }
        if (message.pin() != null) {
            return words.t("wa.handover.pin", String.format(Locale.ROOT, "%.6f, %.6f", message.pin().latitude(),
                    message.pin().longitude()));
        }
        if (message.media() != null) {
            return words.t("wa.handover.media", message.media().caption() == null ? "" : message.media().caption());
        }
        return words.t("wa.handover.other", message.type());
    }

    private boolean expired(Conversation conversation, Instant now) {
        return conversation.updatedAt().plus(properties.conversationTimeout()).isBefore(now);
    }

    private void end(Conversation conversation) {
        forms.discard(conversation);
        conversations.end(conversation);
    }

    /** A conversation ended for idleness: the note to the citizen and its outbox key. */
    record Expired(String key, String contact, Reply note) {
    }

    /**
     * Ends the conversations idle longer than the timeout, each with a polite note queued; answers the contacts and
     * the notes, keyed by the contact and the moment the conversation last moved, so a second sweep adds nothing.
     */
    List<Expired> expireIdle(Instant now) {
        List<Expired> notes = new ArrayList<>();
        for (Conversation conversation : conversations.all()) {
            if (!expired(conversation, now)) {
                continue;
            }
            try {
                end(conversation);
            } catch (Conversations.Changed moved) {
                continue;
            }
            contacts.find(conversation.contact()).ifPresent(contact -> notes.add(new Expired(
                    "expired:" + contact.key() + ":" + conversation.updatedAt().toEpochMilli(), contact.key(),
                    words(contact).text("wa.expired"))));
        }
        return notes;
    }
}

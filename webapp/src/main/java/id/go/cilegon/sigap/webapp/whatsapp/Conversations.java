package id.go.cilegon.sigap.webapp.whatsapp;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * The conversations under way, one per contact ({@code whatsapp_conversations}, {@code _id} = contact key): which
 * form or act, the step, the answers so far and the photos already stored. A conversation is removed when it ends
 * (sent, cancelled, expired), so the collection holds only what is under way and the expiry sweep reads little.
 * Writes carry a version: two nodes handling the same citizen at once cannot both win, and the loser handles its
 * message again from the newer state.
 */
@Component
class Conversations {

    static final String COLLECTION = "whatsapp_conversations";

    enum Flow {
        PENGADUAN,
        PERMOHONAN,
        KEBERATAN,
        JAWAB,
        PENILAIAN,
        CEK
    }

    /**
     * @param step        the question waiting for an answer
     * @param answers     the answers so far, by the web form's field names
     * @param attachments ids of the photos stored for the complaint, deleted if it is not sent
     * @param version     0 for a conversation not stored yet
     */
    record Conversation(String contact, Flow flow, String step, Map<String, String> answers, List<String> attachments,
            Instant updatedAt, long version) {

        static Conversation start(String contact, Flow flow, String step, Instant at) {
            return new Conversation(contact, flow, step, Map.of(), List.of(), at, 0);
        }

        Conversation at(String nextStep, Instant at) {
            return new Conversation(contact, flow, nextStep, answers, attachments, at, version);
        }

        Conversation with(Map<String, String> more) {
            Map<String, String> merged = new LinkedHashMap<>(answers);
            merged.putAll(more);
            return new Conversation(contact, flow, step, Map.copyOf(merged), attachments, updatedAt, version);
        }

        Conversation with(String field, String value) {
            return with(Map.of(field, value));
        }

        Conversation withAttachment(String id) {
            List<String> more = new ArrayList<>(attachments);
            more.add(id);
            return new Conversation(contact, flow, step, answers, List.copyOf(more), updatedAt, version);
        }

        String answer(String field) {
            return answers.getOrDefault(field, "");
        }

        boolean has(String field) {
            return !answer(field).isBlank();
        }
    }

    /** Another node changed the conversation meanwhile. */
    static final class Changed extends RuntimeException {
        Changed() {
            super("conversation changed meanwhile", null, false, false);
        }
    }

    private final MongoCollection<Document> conversations;

    Conversations(MongoDatabase database) {
        this.conversations = database.getCollection(COLLECTION);
    }

    Optional<Conversation> find(String contact) {
        return Optional.ofNullable(conversations.find(eq("_id", contact)).first()).map(Conversations::read);
    }

    List<Conversation> all() {
        List<Conversation> all = new ArrayList<>();
        conversations.find().forEach(document -> all.add(read(document)));
        return all;
    }

    /** Stores the conversation as it now stands, if nobody changed it since it was read. */
    void save(Conversation conversation) {
        Document document = new Document("_id", conversation.contact())
                .append("flow", conversation.flow().name())
                .append("step", conversation.step())
                .append("answers", new Document(conversation.answers()))
                .append("attachments", conversation.attachments())
                .append("updatedAt", Date.from(conversation.updatedAt()))
                .append("version", conversation.version() + 1);
        if (conversation.version() == 0) {
            try {
                conversations.insertOne(document);
            } catch (MongoWriteException e) {
                if (ErrorCategory.fromErrorCode(e.getCode()) == ErrorCategory.DUPLICATE_KEY) {
                    throw new Changed();
                }
                throw e;
            }
        } else if (conversations.replaceOne(and(eq("_id", conversation.contact()),
                eq("version", conversation.version())), document).getMatchedCount() == 0) {
            throw new Changed();
        }
    }

    /** Ends the conversation, if nobody changed it since it was read. */
    void end(Conversation conversation) {
        if (conversation.version() != 0 && conversations.deleteOne(and(eq("_id", conversation.contact()),
                eq("version", conversation.version()))).getDeletedCount() == 0) {
            throw new Changed();
        }
    }

    private static Conversation read(Document document) {
        Map<String, String> answers = new LinkedHashMap<>();
        document.get("answers", new Document()).forEach((field, value) -> answers.put(field, String.valueOf(value)));
        return new Conversation(document.getString("_id"), Flow.valueOf(document.getString("flow")),
                document.getString("step"), Map.copyOf(answers), List.copyOf(document.getList("attachments",
                String.class, List.of())), document.getDate("updatedAt").toInstant(), document.getLong("version"));
    }
}

package id.go.cilegon.sigap.webapp.whatsapp;

import java.util.List;

/**
 * What one message did to a conversation: the conversation as it stands now ({@code null} when it ended) and the
 * replies to send, in order.
 */
record Turn(Conversations.Conversation next, List<Reply> replies) {

    static Turn go(Conversations.Conversation next, Reply... replies) {
        return new Turn(next, List.of(replies));
    }

    static Turn end(Reply... replies) {
        return new Turn(null, List.of(replies));
    }

    static Turn end(List<Reply> replies) {
        return new Turn(null, List.copyOf(replies));
    }
}

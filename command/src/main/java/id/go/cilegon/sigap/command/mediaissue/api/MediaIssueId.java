package id.go.cilegon.sigap.command.mediaissue.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Internal identity of a media issue. An issue about a published article takes its identity from the article's
 * address ({@link #forUrl}), so the same article logged twice, by two officers, two feeds or two nodes, is refused
 * by the event store as the same aggregate created twice: de-duplication that needs no read model.
 */
public record MediaIssueId(String value) {

    public MediaIssueId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("MediaIssueId must not be blank");
        }
    }

    public static MediaIssueId newId() {
        return new MediaIssueId(UUID.randomUUID().toString());
    }

    /** The identity of the issue about the article at {@code url}, the same for every spelling of the address. */
    public static MediaIssueId forUrl(String url) {
        String normalized = MediaSource.normalizeUrl(url);
        return new MediaIssueId(UUID.nameUUIDFromBytes(("media-issue:" + normalized)
                .getBytes(StandardCharsets.UTF_8)).toString());
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static MediaIssueId of(String value) {
        return new MediaIssueId(value);
    }

    /** Axon stores {@code toString()} as the aggregate identifier. */
    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}

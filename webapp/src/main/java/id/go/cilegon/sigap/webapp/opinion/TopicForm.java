package id.go.cilegon.sigap.webapp.opinion;

import id.go.cilegon.sigap.query.opinion.api.Topic;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Arrays;

/**
 * A topic of the taxonomy as the admin writes it: keywords separated by commas.
 *
 * @param aktif "true" when the topic assigns texts
 */
public record TopicForm(
        @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{1,29}") String kode,
        @NotBlank @Size(min = 2, max = 80) String nama,
        @NotBlank @Size(max = 2000) @Pattern(regexp = "[^<>]*") String kataKunci,
        String aktif) {

    static TopicForm empty() {
        return new TopicForm("", "", "", "true");
    }

    static TopicForm of(Topic topic) {
        return new TopicForm(topic.code(), topic.name(), String.join(", ", topic.keywords()),
                String.valueOf(topic.active()));
    }

    Topic topic() {
        return new Topic(kode, nama.strip(), Arrays.stream(kataKunci.split(",")).map(String::strip)
                .filter(keyword -> !keyword.isEmpty()).distinct().toList(), "true".equals(aktif));
    }
}

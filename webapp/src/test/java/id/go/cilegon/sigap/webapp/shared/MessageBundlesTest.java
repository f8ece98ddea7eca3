package id.go.cilegon.sigap.webapp.shared;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.cilegon.sigap.command.informationrequest.api.DeliveryMethod;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestStatus;
import id.go.cilegon.sigap.command.informationrequest.api.ObtainMethod;
import id.go.cilegon.sigap.command.shared.api.Channel;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every value a page can show has words in both languages: a new status without them fails here. */
class MessageBundlesTest {

    @ParameterizedTest
    @ValueSource(strings = {"id", "en"})
    void every_shown_value_has_a_text(String language) {
        ResourceBundle bundle = ResourceBundle.getBundle("messages", Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
        Stream.of(InformationRequestStatus.values(), Channel.values(), ObtainMethod.values(), DeliveryMethod.values())
                .flatMap(Arrays::stream)
                .map(value -> value.getDeclaringClass().getSimpleName() + "." + value.name())
                .forEach(key -> assertThat(bundle.containsKey(key)).as(language + ": " + key).isTrue());
        assertThat(bundle.keySet()).as("both languages have the same keys").containsAll(
                ResourceBundle.getBundle("messages", Locale.ROOT).keySet().stream()
                        .filter(key -> !key.equals("app.name")).toList());
    }
}

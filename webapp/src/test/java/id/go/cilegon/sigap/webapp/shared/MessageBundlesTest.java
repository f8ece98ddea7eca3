package id.go.cilegon.sigap.webapp.shared;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.cilegon.sigap.command.complaint.api.ComplaintCategory;
import id.go.cilegon.sigap.command.complaint.api.ComplaintRules;
import id.go.cilegon.sigap.command.complaint.api.ComplaintStatus;
import id.go.cilegon.sigap.command.complaint.api.RejectionReason;
import id.go.cilegon.sigap.command.informationrequest.api.DeliveryMethod;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestRules;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestStatus;
import id.go.cilegon.sigap.command.informationrequest.api.ObtainMethod;
import id.go.cilegon.sigap.command.shared.api.Channel;
import id.go.cilegon.sigap.query.complaint.api.ComplaintFile;
import id.go.cilegon.sigap.query.complaint.api.DueKind;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

/**
 * Every value a page can show has words in both languages: a new status, channel or rule without them fails here.
 * The bundles are the ones {@code application.yml} names, so a feature's new bundle is checked as soon as it is used.
 */
class MessageBundlesTest {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT);

    static List<String> bundles() {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yml"));
        return Arrays.stream(yaml.getObject().getProperty("spring.messages.basename").split(","))
                .map(String::trim).toList();
    }

    @Test
    void each_bundle_has_the_same_keys_in_both_languages() {
        for (String bundle : bundles()) {
            Set<String> indonesian = ResourceBundle.getBundle(bundle, Locale.ROOT, NO_FALLBACK).keySet();
            Set<String> english = ResourceBundle.getBundle(bundle, Locale.ENGLISH, NO_FALLBACK).keySet();
            Set<String> onlyIndonesian = new HashSet<>(indonesian);
            onlyIndonesian.removeAll(english);
            onlyIndonesian.remove("app.name");
            Set<String> onlyEnglish = new HashSet<>(english);
            onlyEnglish.removeAll(indonesian);
            assertThat(onlyIndonesian).as(bundle + ": keys without English").isEmpty();
            assertThat(onlyEnglish).as(bundle + ": keys without Indonesian").isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "en"})
    void every_shown_value_and_every_rule_has_a_text(String language) {
        Locale locale = language.equals("id") ? Locale.ROOT : Locale.ENGLISH;
        Set<String> keys = new HashSet<>();
        bundles().forEach(bundle -> keys.addAll(ResourceBundle.getBundle(bundle, locale, NO_FALLBACK).keySet()));
        Stream.of(InformationRequestStatus.values(), Channel.values(), ObtainMethod.values(), DeliveryMethod.values(),
                        ComplaintStatus.values(), ComplaintCategory.values(), RejectionReason.values(),
                        ComplaintFile.DispositionState.values(), DueKind.values())
                .flatMap(Arrays::stream)
                .map(value -> value.getDeclaringClass().getSimpleName() + "." + value.name())
                .forEach(key -> assertThat(keys).as(language).contains(key));
        ruleCodes().forEach(code -> assertThat(keys).as(language).contains("rule." + code));
    }

    private static Stream<String> ruleCodes() {
        return Stream.of(InformationRequestRules.class, ComplaintRules.class)
                .flatMap(rules -> Arrays.stream(rules.getFields()))
                .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == String.class)
                .map(MessageBundlesTest::value);
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}

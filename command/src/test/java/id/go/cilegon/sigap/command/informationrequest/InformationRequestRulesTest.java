package id.go.cilegon.sigap.command.informationrequest;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestRules;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** The rule codes are the web layer's keys for problem types and messages, so they must stay distinct and tidy. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class InformationRequestRulesTest {

    private static List<String> codes() {
        return Arrays.stream(InformationRequestRules.class.getFields())
                .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == String.class)
                .map(InformationRequestRulesTest::value)
                .toList();
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void every_code_is_distinct() {
        assertThat(codes()).doesNotHaveDuplicates();
    }

    @Test
    void every_code_is_dotted_under_the_feature_and_kebab_case() {
        assertThat(codes()).allMatch(code -> code.matches("information-request\\.[a-z0-9]+(-[a-z0-9]+)*"));
    }
}

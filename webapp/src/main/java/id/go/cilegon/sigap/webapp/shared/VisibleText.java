package id.go.cilegon.sigap.webapp.shared;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.constraints.NotBlank;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What {@code @NotBlank} means in Sigap: at least one character a reader can see. Bean Validation's own check trims
 * only ASCII spaces and control characters, so a complaint titled with nothing but no-break, em or zero-width
 * spaces passed as filled in and was stored. Here every Unicode space, format and control character is blank, for
 * every form and API that validates with {@code @NotBlank}.
 */
public class VisibleText implements ConstraintValidator<NotBlank, CharSequence> {

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value != null && value.codePoints().anyMatch(VisibleText::visible);
    }

    static boolean visible(int codePoint) {
        return !Character.isWhitespace(codePoint) && !Character.isSpaceChar(codePoint)
                && !Character.isISOControl(codePoint) && Character.getType(codePoint) != Character.FORMAT;
    }

    /** Puts {@link VisibleText} in place of Hibernate Validator's own check for {@code @NotBlank}. */
    @Configuration(proxyBeanMethods = false)
    static class Wiring {

        @Bean
        ValidationConfigurationCustomizer visibleTextIsNotBlank() {
            return configuration -> {
                if (configuration instanceof HibernateValidatorConfiguration hibernate) {
                    ConstraintMapping mapping = hibernate.createConstraintMapping();
                    mapping.constraintDefinition(NotBlank.class).includeExistingValidators(false)
                            .validatedBy(VisibleText.class);
                    hibernate.addMapping(mapping);
                }
            };
        }
    }
}

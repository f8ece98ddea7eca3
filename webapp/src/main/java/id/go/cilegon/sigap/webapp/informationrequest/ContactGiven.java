package id.go.cilegon.sigap.webapp.informationrequest;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The Perki form asks for a phone number and/or an e-mail address: at least one. Reported on the phone. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ContactGiven.Validator.class)
public @interface ContactGiven {

    String message() default "{ContactGiven}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ContactGiven, InformationRequestForm> {

        @Override
        public boolean isValid(InformationRequestForm form, ConstraintValidatorContext context) {
            if (hasText(form.telepon()) || hasText(form.email())) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("telepon").addConstraintViolation();
            return false;
        }

        private static boolean hasText(String value) {
            return value != null && !value.isBlank();
        }
    }
}

package id.go.cilegon.sigap.webapp.informationrequest;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A person's NIK is exactly 16 digits; a legal entity's decree number is free text. Reported on the number. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = IdentityNumberMatchesKind.Validator.class)
public @interface IdentityNumberMatchesKind {

    String message() default "{IdentityNumberMatchesKind}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<IdentityNumberMatchesKind, InformationRequestForm> {

        @Override
        public boolean isValid(InformationRequestForm form, ConstraintValidatorContext context) {
            if (!"NIK".equals(form.jenisIdentitas()) || form.nomorIdentitas() == null
                    || form.nomorIdentitas().isBlank()
                    || form.nomorIdentitas().strip().matches(InformationRequestForm.NIK_PATTERN)) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("nomorIdentitas").addConstraintViolation();
            return false;
        }
    }
}

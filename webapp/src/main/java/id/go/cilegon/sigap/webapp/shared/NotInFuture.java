package id.go.cilegon.sigap.webapp.shared;

import id.go.cilegon.sigap.command.shared.calendar.WorkingDayCalendar;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

/**
 * A date and time on the office's wall clock (WIB), written as {@code 2026-03-16T09:30}, that has already
 * happened. Bean Validation's own {@code @PastOrPresent} would compare with the server's time zone and the JVM
 * clock; this one uses Sigap's {@link Clock} and the calendar's zone, as the commands do (ADR 0006, "Time"). Text
 * that is not in that shape is left to {@code @Pattern(regexp = LOCAL_DATE_TIME)}; a date that does not exist
 * (30 February) is refused here.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = NotInFuture.Validator.class)
public @interface NotInFuture {

    /** What an HTML {@code datetime-local} input sends, with or without seconds. */
    String LOCAL_DATE_TIME = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?";

    String message() default "{NotInFuture}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Created by Spring's constraint validator factory, which passes the beans in. */
    class Validator implements ConstraintValidator<NotInFuture, String> {

        private final Clock clock;
        private final WorkingDayCalendar calendar;

        public Validator(Clock clock, WorkingDayCalendar calendar) {
            this.clock = clock;
            this.calendar = calendar;
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || !value.strip().matches(LOCAL_DATE_TIME)) {
                return true;
            }
            try {
                LocalDateTime local = LocalDateTime.parse(value.strip());
                return !local.atZone(calendar.zone()).toInstant().isAfter(clock.instant());
            } catch (DateTimeParseException e) {
                return false;
            }
        }
    }
}

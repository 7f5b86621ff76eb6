package uk.peel.person;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** A date of birth that could belong to a living or recently living person: not in the future, not before 1890. */
@Target(ElementType.TYPE_USE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlausibleBirthDate.Check.class)
@interface PlausibleBirthDate {
    String message() default "must be a date of birth between 1890 and today";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<PlausibleBirthDate, PartialDate> {
        @Override
        public boolean isValid(PartialDate date, ConstraintValidatorContext context) {
            return date == null || (date.year() >= 1890 && !date.earliest().isAfter(LocalDate.now()));
        }
    }
}

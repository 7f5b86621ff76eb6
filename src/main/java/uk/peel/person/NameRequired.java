package uk.peel.person;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** An alias must carry at least one name; an empty alias row says nothing. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = NameRequired.Check.class)
@interface NameRequired {
    String message() default "give a forename or a surname";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<NameRequired, Alias> {
        @Override
        public boolean isValid(Alias alias, ConstraintValidatorContext context) {
            return alias == null || !isBlank(alias.forenames()) || !isBlank(alias.surname());
        }

        private static boolean isBlank(String s) {
            return s == null || s.isBlank();
        }
    }
}

package uk.peel.person;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** Checks an identifier's value against its type's format, reporting against the {@code value} field. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidIdentifier.Check.class)
@interface ValidIdentifier {
    String message() default "is not in the expected format";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<ValidIdentifier, Identifier> {
        @Override
        public boolean isValid(Identifier identifier, ConstraintValidatorContext context) {
            if (identifier == null || identifier.type() == null || identifier.value() == null || identifier.value().isBlank()) {
                return true; // the field-level constraints report these
            }
            if (identifier.type().accepts(identifier.value())) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("'" + identifier.value().replace("{", "").replace("$", "")
                            + "' is not " + identifier.type().expected().substring("enter ".length()))
                    .addPropertyNode("value").addConstraintViolation();
            return false;
        }
    }
}

package uk.peel.platform;

import java.util.Comparator;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.stereotype.Component;

/**
 * Runs Bean Validation and reports problems by field path ({@code aliases[0].surname}), the same way for the
 * API, the web forms and bulk imports, so a rule is written once and explained the same everywhere.
 */
@Component
public class InputValidation {

    private final Validator validator;

    InputValidation(Validator validator) {
        this.validator = validator;
    }

    public List<FieldProblem> problems(Object input) {
        return validator.validate(input).stream()
                .map(InputValidation::problem)
                .sorted(Comparator.comparing(FieldProblem::field))
                .toList();
    }

    /** @throws InvalidInputException listing every problem, if there is any */
    public void check(Object input) {
        List<FieldProblem> problems = problems(input);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static FieldProblem problem(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString().replaceAll("\\.<list element>", "").replace("<list element>", "");
        return new FieldProblem(path, violation.getMessage());
    }
}

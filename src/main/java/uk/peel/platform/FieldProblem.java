package uk.peel.platform;

/** What is wrong with one field of what a user submitted, in words they can act on. */
public record FieldProblem(String field, String message) {

    @Override
    public String toString() {
        return field.isEmpty() ? message : field + ": " + message;
    }
}

package uk.peel.stopsearch;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import uk.peel.platform.FieldProblem;
import uk.peel.platform.InvalidInputException;

/** A stop record's identity. */
public record StopId(UUID value) {

    public StopId {
        Objects.requireNonNull(value, "value");
    }

    public static StopId random() {
        return new StopId(UUID.randomUUID());
    }

    /** From a path or form: a clear error, not a 500, for something that is not an id. */
    @JsonCreator
    public static StopId of(String text) {
        try {
            return new StopId(UUID.fromString(text == null ? "" : text.strip()));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(java.util.List.of(new FieldProblem("id", "'" + text + "' is not a stop record's id")));
        }
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}

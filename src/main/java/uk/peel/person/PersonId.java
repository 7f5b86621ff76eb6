package uk.peel.person;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a person record for its whole life, through every correction. */
public record PersonId(UUID value) {

    public PersonId {
        Objects.requireNonNull(value, "value");
    }

    public static PersonId generate() {
        return new PersonId(UUID.randomUUID());
    }

    @JsonCreator
    public static PersonId of(String text) {
        try {
            return new PersonId(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text + "' is not a person id", e);
        }
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}

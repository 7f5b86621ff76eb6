package uk.peel.missingperson;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a missing person report. */
public record MissingPersonId(UUID value) {

    public MissingPersonId {
        Objects.requireNonNull(value, "value");
    }

    @JsonCreator
    public static MissingPersonId of(String text) {
        try {
            return new MissingPersonId(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException e) {
            throw new MissingPersonNotFoundException(text);
        }
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}

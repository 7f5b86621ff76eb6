package uk.peel.crime;

import java.util.NoSuchElementException;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a crime recording decision. */
public record DecisionId(UUID value) {

    @JsonCreator
    public static DecisionId of(String text) {
        try {
            return new DecisionId(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException e) {
            throw new NoSuchElementException("There is no recording decision " + text);
        }
    }

    static DecisionId random() {
        return new DecisionId(UUID.randomUUID());
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}

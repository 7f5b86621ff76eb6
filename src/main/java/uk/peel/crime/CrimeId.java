package uk.peel.crime;

import java.util.NoSuchElementException;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a crime for its whole life, whatever its reference or classification. */
public record CrimeId(UUID value) {

    @JsonCreator
    public static CrimeId of(String text) {
        try {
            return new CrimeId(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException e) {
            throw new NoSuchElementException("There is no crime " + text);
        }
    }

    static CrimeId random() {
        return new CrimeId(UUID.randomUUID());
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}

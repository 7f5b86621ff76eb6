package uk.peel.crime;

import java.util.NoSuchElementException;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a request to cancel or reclassify a crime. */
public record ChangeRequestId(UUID value) {

    @JsonCreator
    public static ChangeRequestId of(String text) {
        try {
            return new ChangeRequestId(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException e) {
            throw new NoSuchElementException("There is no change request " + text);
        }
    }

    static ChangeRequestId random() {
        return new ChangeRequestId(UUID.randomUUID());
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}

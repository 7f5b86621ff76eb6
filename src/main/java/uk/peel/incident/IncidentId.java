package uk.peel.incident;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

public record IncidentId(UUID value) {

    @JsonCreator
    public static IncidentId of(String text) {
        try {
            return new IncidentId(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException e) {
            throw new IncidentNotFoundException(text);
        }
    }

    static IncidentId random() {
        return new IncidentId(UUID.randomUUID());
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}

package uk.peel.safeguarding;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a public protection notice. */
public record PpnId(UUID value) {

    public PpnId {
        Objects.requireNonNull(value, "value");
    }

    @JsonCreator
    public static PpnId of(String text) {
        try {
            return new PpnId(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException e) {
            throw new PpnNotFoundException(text);
        }
    }

    static PpnId random() {
        return new PpnId(UUID.randomUUID());
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}

package uk.peel.person;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Another name the person has used or is known by. */
@NameRequired
public record Alias(
        @Size(max = 150, message = "must be at most 150 characters")
        @Pattern(regexp = Names.ALLOWED, message = Names.ALLOWED_MESSAGE) String forenames,
        @Size(max = 100, message = "must be at most 100 characters")
        @Pattern(regexp = Names.ALLOWED, message = Names.ALLOWED_MESSAGE) String surname,
        @NotNull(message = "choose the kind of name: ALIAS, MAIDEN, PREVIOUS or NICKNAME") Type type) {

    public enum Type {
        ALIAS("Alias"), MAIDEN("Maiden name"), PREVIOUS("Previous name"), NICKNAME("Nickname");

        private final String label;

        Type(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public String fullName() {
        return Names.full(forenames, surname);
    }
}

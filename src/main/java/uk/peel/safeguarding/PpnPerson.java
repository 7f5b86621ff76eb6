package uk.peel.safeguarding;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import uk.peel.person.PersonId;

/**
 * Someone a notice concerns. Linked to their person record where the officer found it, which is what lets Peel see
 * that a victim or a perpetrator has been on earlier notices; a name alone is accepted so that nothing waits for a
 * record to be found.
 */
public record PpnPerson(PersonId personId,
                        @NotBlank(message = "Enter the person's name") @Size(max = 200, message = "must be at most 200 characters") String name,
                        @NotNull(message = "Say why the person is on the notice") PersonRole role) {

    public PpnPerson {
        name = name == null ? null : name.strip();
    }
}

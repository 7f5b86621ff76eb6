package uk.peel.safeguarding;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What an officer records to raise a notice: the type, who it is about, what happened and the risk as they see it.
 *
 * @param incidentId the incident it arises from, if any (a notice may stand on its own)
 */
public record NewPpn(
        @NotBlank(message = "Choose the type of concern") String type,
        @NotEmpty(message = "Name at least one person the notice is about") List<@Valid PpnPerson> people,
        @NotBlank(message = "Say what happened and why you are concerned")
        @Size(max = 20_000, message = "must be at most 20,000 characters") String summary,
        @NotNull(message = "Choose the risk as you see it now") Risk risk,
        UUID incidentId) {

    public NewPpn {
        people = people == null ? List.of() : List.copyOf(people);
        summary = summary == null ? null : summary.strip();
    }
}

package uk.peel.resource;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a supervisor enters to put a unit on the board for a shift. */
public record UnitRegistration(
        @NotBlank(message = "enter the call sign")
        @Pattern(regexp = "^[A-Za-z0-9][A-Za-z0-9 /-]{0,19}$", message = "use letters, digits, spaces, / or -, at most 20")
        String callSign,
        @NotNull(message = "choose the kind of unit") UnitType type,
        Set<@Size(max = 50, message = "must be at most 50 characters") String> skills,
        @Size(max = 10, message = "at most 10 crew") List<@Size(max = 100, message = "must be at most 100 characters") String> crew,
        Instant shiftStart,
        Instant shiftEnd) {

    public UnitRegistration {
        callSign = callSign == null ? null : callSign.strip().toUpperCase(java.util.Locale.UK);
        skills = skills == null ? Set.of() : Set.copyOf(skills);
        crew = crew == null ? List.of() : List.copyOf(crew);
    }
}

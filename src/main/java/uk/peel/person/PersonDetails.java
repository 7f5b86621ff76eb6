package uk.peel.person;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Everything recorded about a person at one version: what an officer enters and corrects. Lists are never null,
 * so code that reads a person never has to guess whether "nothing" means "none" or "not loaded".
 */
public record PersonDetails(
        @Size(max = 150, message = "must be at most 150 characters")
        @Pattern(regexp = Names.ALLOWED, message = Names.ALLOWED_MESSAGE) String forenames,
        @NotBlank(message = "enter the surname, or UNKNOWN if it is not known")
        @Size(max = 100, message = "must be at most 100 characters")
        @Pattern(regexp = Names.ALLOWED, message = Names.ALLOWED_MESSAGE) String surname,
        @Size(max = 20, message = "at most 20 aliases") List<@Valid @NotNull Alias> aliases,
        @Size(max = 10, message = "at most 10 dates of birth") List<@NotNull @PlausibleBirthDate PartialDate> datesOfBirth,
        Gender gender,
        SelfDefinedEthnicity selfDefinedEthnicity,
        OfficerDefinedEthnicity officerDefinedEthnicity,
        @Size(max = 50, message = "at most 50 addresses") List<@Valid @NotNull Address> addresses,
        @Size(max = 50, message = "at most 50 identifiers") List<@Valid @NotNull Identifier> identifiers,
        @Size(max = 50, message = "at most 50 warning markers") List<@Valid @NotNull WarningMarker> warningMarkers) {

    public PersonDetails {
        forenames = tidy(forenames);
        surname = tidy(surname);
        aliases = copy(aliases);
        datesOfBirth = copy(datesOfBirth);
        addresses = copy(addresses);
        identifiers = copy(identifiers);
        warningMarkers = copy(warningMarkers);
        if (gender == null) {
            gender = Gender.UNKNOWN;
        }
    }

    public String fullName() {
        return Names.full(forenames, surname);
    }

    /** "SMITH, Robert James": the form officers read out and sort by. */
    public String indexName() {
        return forenames == null || forenames.isBlank()
                ? surname.toUpperCase(java.util.Locale.UK)
                : surname.toUpperCase(java.util.Locale.UK) + ", " + forenames;
    }

    public Optional<PartialDate> primaryDateOfBirth() {
        return datesOfBirth.stream().findFirst();
    }

    /** The most recent home address that is current today, else the latest address recorded. */
    public Optional<Address> lastKnownAddress(LocalDate today) {
        return addresses.stream().filter(a -> a.currentOn(today)).reduce((first, second) -> second)
                .or(() -> addresses.stream().reduce((first, second) -> second));
    }

    public List<WarningMarker> activeWarningMarkers(LocalDate today) {
        return warningMarkers.stream().filter(m -> m.activeOn(today)).toList();
    }

    private static String tidy(String name) {
        return name == null || name.isBlank() ? null : name.strip().replaceAll("\\s+", " ");
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
    }
}

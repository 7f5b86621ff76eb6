package uk.peel.crime;

import java.time.Instant;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/**
 * A correction or addition to a crime's facts — where and when, the modus operandi, property, the Home Office
 * flags — made as its next version, on the version the officer was looking at. The classification and the count
 * change only through reclassification and cancellation.
 *
 * @param basedOnVersion the version the officer read; a crime changed since is not overwritten
 * @param location the corrected location, or null to keep it
 * @param reason why the crime was amended, kept with the version
 */
public record CrimeAmendment(
        int basedOnVersion,
        @Valid CrimeLocation location,
        Instant committedFrom,
        Instant committedTo,
        @Size(max = 5_000, message = "must be at most 5,000 characters") String modusOperandi,
        @Size(max = 5_000, message = "must be at most 5,000 characters") String property,
        Set<CrimeFlag> flags,
        @Size(max = 500, message = "must be at most 500 characters") String reason) {

    public CrimeAmendment {
        flags = flags == null ? Set.of() : Set.copyOf(flags);
        modusOperandi = modusOperandi == null || modusOperandi.isBlank() ? null : modusOperandi.strip();
        property = property == null || property.isBlank() ? null : property.strip();
    }
}

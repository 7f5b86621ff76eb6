package uk.peel.crime;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Where a crime was committed (or a report says it was): postcode, address or description, and coordinates where
 * known. All optional when a report arrives; the publication files need coordinates later.
 */
public record CrimeLocation(
        @Pattern(regexp = "^(?i)(GIR 0AA|[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2})$",
                message = "enter a real UK postcode, such as M16 0RA") String postcode,
        @Size(max = 300, message = "must be at most 300 characters") String address,
        @DecimalMin(value = "49.0", message = "must be within the United Kingdom (latitude 49 to 61)")
        @DecimalMax(value = "61.0", message = "must be within the United Kingdom (latitude 49 to 61)") Double latitude,
        @DecimalMin(value = "-9.0", message = "must be within the United Kingdom (longitude -9 to 2)")
        @DecimalMax(value = "2.0", message = "must be within the United Kingdom (longitude -9 to 2)") Double longitude) {

    public static final CrimeLocation UNKNOWN = new CrimeLocation(null, null, null, null);

    public CrimeLocation {
        postcode = postcode == null || postcode.isBlank() ? null : postcode.strip().toUpperCase(java.util.Locale.ROOT);
        address = address == null || address.isBlank() ? null : address.strip();
    }

    public boolean isUnknown() {
        return postcode == null && address == null && latitude == null && longitude == null;
    }

    public String describe() {
        if (address != null) {
            return postcode == null ? address : address + ", " + postcode;
        }
        if (postcode != null) {
            return postcode;
        }
        return latitude != null && longitude != null
                ? String.format(java.util.Locale.UK, "%.5f, %.5f", latitude, longitude) : "Location not known";
    }
}

package uk.peel.stopsearch;

import java.util.Locale;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Where the stop happened: a postcode (looked up in the gazetteer for its coordinates), an address or description,
 * and coordinates (as data.police.uk publishes them). At least one of them.
 */
public record StopLocation(
        @Pattern(regexp = "^(?i)(GIR 0AA|[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2})$",
                message = "enter a real UK postcode, such as M16 0RA") String postcode,
        @Size(max = 300, message = "must be at most 300 characters") String description,
        @DecimalMin(value = "49.0", message = "must be within the United Kingdom (latitude 49 to 61)")
        @DecimalMax(value = "61.0", message = "must be within the United Kingdom (latitude 49 to 61)") Double latitude,
        @DecimalMin(value = "-9.0", message = "must be within the United Kingdom (longitude -9 to 2)")
        @DecimalMax(value = "2.0", message = "must be within the United Kingdom (longitude -9 to 2)") Double longitude) {

    public StopLocation {
        postcode = postcode == null || postcode.isBlank() ? null : postcode.strip().toUpperCase(Locale.ROOT);
        description = description == null || description.isBlank() ? null : description.strip();
    }

    public boolean isUnknown() {
        return postcode == null && description == null && (latitude == null || longitude == null);
    }

    StopLocation withCoordinates(double lat, double lon) {
        return new StopLocation(postcode, description, lat, lon);
    }

    public String describe() {
        if (description != null) {
            return postcode == null ? description : description + ", " + postcode;
        }
        if (postcode != null) {
            return postcode;
        }
        return latitude != null && longitude != null ? String.format(Locale.UK, "%.5f, %.5f", latitude, longitude) : "Location not known";
    }
}

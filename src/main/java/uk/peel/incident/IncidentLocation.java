package uk.peel.incident;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import uk.peel.gazetteer.MalformedPostcodeException;
import uk.peel.gazetteer.Postcode;

/**
 * Where the incident is: a postcode (its centre from the gazetteer when no better position is known), an address
 * or description in the caller's words, and coordinates where known (from the gazetteer, a map click or a
 * device). A handler may not know any of these at first; dispatch recommendations need coordinates.
 */
public record IncidentLocation(
        @Pattern(regexp = "^(?i)(GIR 0AA|[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2})$",
                message = "enter a real UK postcode, such as M16 0RA") String postcode,
        @Size(max = 300, message = "must be at most 300 characters") String address,
        @DecimalMin(value = "49.0", message = "must be within the United Kingdom (latitude 49 to 61)")
        @DecimalMax(value = "61.0", message = "must be within the United Kingdom (latitude 49 to 61)") Double latitude,
        @DecimalMin(value = "-9.0", message = "must be within the United Kingdom (longitude -9 to 2)")
        @DecimalMax(value = "2.0", message = "must be within the United Kingdom (longitude -9 to 2)") Double longitude) {

    public static final IncidentLocation UNKNOWN = new IncidentLocation(null, null, null, null);

    public IncidentLocation {
        if (postcode != null) {
            if (postcode.isBlank()) {
                postcode = null;
            } else {
                try {
                    postcode = Postcode.parse(postcode).value();
                } catch (MalformedPostcodeException e) {
                    // left as typed: validation names the field and says what a postcode looks like
                }
            }
        }
        if (address != null && address.isBlank()) {
            address = null;
        }
    }

    public boolean hasPosition() {
        return latitude != null && longitude != null;
    }

    IncidentLocation withPosition(double latitude, double longitude) {
        return new IncidentLocation(postcode, address, latitude, longitude);
    }

    /** What a board shows: the address if given, else the postcode, else the coordinates. */
    public String describe() {
        if (address != null) {
            return postcode == null ? address : address + ", " + postcode;
        }
        if (postcode != null) {
            return postcode;
        }
        return hasPosition() ? String.format(java.util.Locale.UK, "%.5f, %.5f", latitude, longitude) : "Location not yet known";
    }
}

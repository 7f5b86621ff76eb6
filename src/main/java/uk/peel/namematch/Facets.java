package uk.peel.namematch;

import java.util.List;

/**
 * What search filters select people on, besides names and dates of birth: their recorded gender (the enum name,
 * "MALE", "FEMALE", "UNKNOWN"; null when not recorded) and the postcodes of their addresses ("M16 0RA"; any case
 * and spacing).
 */
public record Facets(String gender, List<String> postcodes) {

    public static final Facets NONE = new Facets(null, List.of());

    public Facets {
        postcodes = postcodes == null ? List.of() : List.copyOf(postcodes);
    }
}

package uk.peel.gazetteer.web;

import uk.peel.gazetteer.Area;
import uk.peel.gazetteer.Location;

/**
 * A postcode as the API shows it: flat coordinates, areas as {code, name}, the withdrawal month as YYYY-MM (null
 * while live).
 */
record LocationResource(String postcode, Double latitude, Double longitude, Area ward, Area lsoa, Area msoa,
                        String locality, Area localAuthority, String terminated) {

    static LocationResource of(Location location) {
        var at = location.coordinates();
        return new LocationResource(location.postcode().value(), at == null ? null : at.latitude(),
                at == null ? null : at.longitude(), location.ward(), location.lsoa(), location.msoa(), location.locality(),
                location.localAuthority(), location.terminated() == null ? null : location.terminated().toString());
    }
}

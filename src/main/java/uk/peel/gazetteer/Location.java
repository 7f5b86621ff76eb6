package uk.peel.gazetteer;

import java.time.YearMonth;

/**
 * Where a postcode is and the areas it lies in. Any area may be null where the source does not give it (the ONS
 * Postcode Directory has codes but no names; the shipped Trafford file has both).
 *
 * @param coordinates the postcode's centroid, or null for the few postcodes the directory has no grid reference for
 * @param ward electoral ward
 * @param lsoa Lower layer Super Output Area (about 1,500 residents): the unit data.police.uk publishes crime by
 * @param msoa Middle layer Super Output Area (about 8,000 residents)
 * @param locality a force's own grouping where the source has one (the Trafford file's North, South, Central, West)
 * @param localAuthority the district or unitary authority, such as E08000009 Trafford
 * @param terminated the month the postcode was withdrawn, or null while it is live; old postcodes stay findable
 *                   because callers and old records still use them
 */
public record Location(Postcode postcode, Coordinates coordinates, Area ward, Area lsoa, Area msoa, String locality,
                       Area localAuthority, YearMonth terminated) {

    public Location {
        if (postcode == null) {
            throw new IllegalArgumentException("A location in the gazetteer has a postcode");
        }
    }

    public boolean hasCoordinates() {
        return coordinates != null;
    }

    public boolean isLive() {
        return terminated == null;
    }
}

package uk.peel.crime.returns;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import uk.peel.crime.CrimeLocation;
import uk.peel.gazetteer.Coordinates;
import uk.peel.gazetteer.Gazetteer;
import uk.peel.gazetteer.Location;
import uk.peel.gazetteer.MalformedPostcodeException;
import uk.peel.gazetteer.NearbyLocation;

/**
 * The local authority a crime happened in, from the gazetteer: by its postcode, else the postcode nearest its
 * coordinates. A month's return asks about the same few thousand postcodes again and again, so answers are kept
 * for the length of one return, and no longer, as the gazetteer can be reloaded while Peel runs.
 */
@Component
class ReturnAreas {

    record Area(String code, String name) {
        static final Area UNKNOWN = new Area(null, null);
    }

    private final Gazetteer gazetteer;

    ReturnAreas(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** A lookup with its own memory, for one return. */
    Lookup lookup() {
        return new Lookup(new HashMap<>());
    }

    final class Lookup {
        private final Map<String, Area> cache;

        private Lookup(Map<String, Area> cache) {
            this.cache = cache;
        }

        Area of(CrimeLocation location) {
            return ReturnAreas.this.of(location, cache);
        }
    }

    private Area of(CrimeLocation location, Map<String, Area> cache) {
        if (location == null || location.isUnknown()) {
            return Area.UNKNOWN;
        }
        if (location.postcode() != null) {
            return cache.computeIfAbsent(location.postcode(), postcode -> {
                try {
                    return area(gazetteer.lookup(postcode));
                } catch (MalformedPostcodeException e) {
                    return Area.UNKNOWN;
                }
            });
        }
        if (location.latitude() != null && location.longitude() != null) {
            String key = String.format(java.util.Locale.ROOT, "%.4f,%.4f", location.latitude(), location.longitude());
            return cache.computeIfAbsent(key, k -> area(gazetteer.nearest(Coordinates.of(location.latitude(),
                    location.longitude())).map(NearbyLocation::location)));
        }
        return Area.UNKNOWN;
    }

    private static Area area(Optional<Location> found) {
        return found.map(Location::localAuthority).map(a -> new Area(a.code(), a.name())).orElse(Area.UNKNOWN);
    }
}

package uk.peel.gazetteer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

/**
 * Finding places by postcode and postcodes by place: what a call handler types, what an incident placed by
 * coordinates is near, and which LSOA a crime is published under.
 */
@Service
public class Gazetteer {

    /** At most this many typeahead suggestions, however many are asked for. */
    public static final int MAX_SUGGESTIONS = 100;
    /** At most this many postcodes from a nearest-postcode question. */
    public static final int MAX_NEAREST = 50;
    /**
     * How far to look for a nearest postcode before answering "none": further than any point of the UK's land is
     * from a postcode, so only a coordinate out at sea (or a typing slip) finds nothing.
     */
    public static final Distance SEARCH_LIMIT = Distance.ofKilometres(64);
    private static final Distance FIRST_RADIUS = Distance.ofMetres(250);

    private final Postcodes postcodes;

    Gazetteer(Postcodes postcodes) {
        this.postcodes = postcodes;
    }

    public Optional<Location> lookup(Postcode postcode) {
        return postcodes.find(postcode);
    }

    /** Looks up a postcode however it was typed; a malformed one is refused with {@link MalformedPostcodeException}. */
    public Optional<Location> lookup(String postcode) {
        return lookup(Postcode.parse(postcode));
    }

    /**
     * Postcodes starting with what has been typed so far, in postcode order, for typeahead: "M15 4" gives the M15 4
     * sector, "M154" the same ignoring the space, "M1 " only district M1.
     *
     * @throws MalformedPostcodeException when what was typed cannot begin a postcode
     */
    public List<Location> startingWith(String typed, int limit) {
        if (limit < 1 || limit > MAX_SUGGESTIONS) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_SUGGESTIONS + ", not " + limit);
        }
        return postcodes.startingWith(PostcodePrefix.parse(typed), limit);
    }

    /** The postcode whose centroid is nearest to a point, if any is within {@link #SEARCH_LIMIT}. */
    public Optional<NearbyLocation> nearest(Coordinates point) {
        return nearest(point, 1).stream().findFirst();
    }

    /**
     * The {@code count} postcodes nearest to a point, nearest first, within {@link #SEARCH_LIMIT}.
     *
     * <p>Looks in a box around the point, growing it fourfold until it holds {@code count} postcodes within the
     * box's radius. Only those count: a postcode in the box's corner may be further than one just outside its
     * side, but nothing outside the box is nearer than the radius, so the answer is exact.
     */
    public List<NearbyLocation> nearest(Coordinates point, int count) {
        if (count < 1 || count > MAX_NEAREST) {
            throw new IllegalArgumentException("count must be between 1 and " + MAX_NEAREST + ", not " + count);
        }
        Distance radius = FIRST_RADIUS;
        while (true) {
            List<NearbyLocation> within = new ArrayList<>();
            for (Location location : postcodes.within(point.boxAround(radius))) {
                Distance distance = point.distanceTo(location.coordinates());
                if (distance.isWithin(radius)) {
                    within.add(new NearbyLocation(location, distance));
                }
            }
            if (within.size() >= count || radius.compareTo(SEARCH_LIMIT) >= 0) {
                return within.stream().sorted().limit(count).toList();
            }
            radius = Distance.ofMetres(Math.min(radius.metres() * 4, SEARCH_LIMIT.metres()));
        }
    }

    /**
     * Every live postcode that has a position, for building area-level summaries (such as the anonymised map points
     * crimes are published at). A force's gazetteer is tens of thousands of rows: fine to hold, not to ask per crime.
     */
    public List<Location> liveWithCoordinates() {
        return postcodes.liveWithCoordinates();
    }

    /** How many postcodes the gazetteer holds, live and terminated. */
    public long size() {
        return postcodes.count();
    }
}

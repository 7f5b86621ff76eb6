package uk.peel.policeuk;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import uk.peel.gazetteer.Coordinates;
import uk.peel.gazetteer.Distance;
import uk.peel.gazetteer.Location;

/**
 * The fixed set of anonymous points crimes are published at, and snapping to the nearest of them (decision 0014).
 *
 * <p>data.police.uk moves each crime to the nearest of a set of map points (the centre of a street or a public place,
 * each standing for several addresses). Peel's gazetteer has postcodes, not streets, so Peel makes its points from
 * postcode centroids: the centroid of each postcode sector's postcodes within one LSOA, and where that group is too
 * small (fewer than the configured minimum postcodes) the centroid of the whole LSOA instead; an LSOA with fewer
 * postcodes than the minimum has no point. A point therefore never stands for fewer postcodes than the minimum, let
 * alone one address, and its LSOA is the one published with it.
 */
final class AnonymousMap {

    /** Beyond this from every point, a crime is outside the gazetteer's area and is published without a location. */
    static final Distance OUTSIDE = Distance.ofKilometres(5);

    /** A point crimes are published at. */
    record Point(double latitude, double longitude, String lsoaCode, String lsoaName, String area, int postcodes) {
        Coordinates coordinates() {
            return Coordinates.of(latitude, longitude);
        }

        /** "On or near Gorse Hill & Cornbrook", as data.police.uk's Location column reads. */
        String location() {
            return "On or near " + area;
        }
    }

    private final List<Point> points;

    private AnonymousMap(List<Point> points) {
        this.points = List.copyOf(points);
    }

    static AnonymousMap of(List<Location> postcodes, int minimumPerPoint) {
        Map<String, List<Location>> byLsoa = new LinkedHashMap<>();
        for (Location location : postcodes) {
            if (location.hasCoordinates() && location.lsoa() != null && location.lsoa().code() != null) {
                byLsoa.computeIfAbsent(location.lsoa().code(), k -> new ArrayList<>()).add(location);
            }
        }
        List<Point> points = new ArrayList<>();
        for (List<Location> lsoa : byLsoa.values()) {
            Map<String, List<Location>> bySector = new LinkedHashMap<>();
            for (Location location : lsoa) {
                bySector.computeIfAbsent(sector(location), k -> new ArrayList<>()).add(location);
            }
            List<Location> small = new ArrayList<>();
            for (List<Location> sector : bySector.values()) {
                if (sector.size() >= minimumPerPoint) {
                    points.add(centroid(sector));
                } else {
                    small.addAll(sector);
                }
            }
            // Small sectors fold into one point for the LSOA, taken over all its postcodes so it stands for many. An
            // LSOA with too few postcodes in the gazetteer (a sliver at the edge of the force's file) gets no point of
            // its own: its crimes go to the nearest other point, rather than to a point that would be one address.
            if (!small.isEmpty() && lsoa.size() >= minimumPerPoint) {
                points.add(centroid(lsoa));
            }
        }
        return new AnonymousMap(points);
    }

    /** "M16 0" from "M16 0RA": the outward code and the sector digit. */
    private static String sector(Location location) {
        String postcode = location.postcode().value();
        return postcode.length() > 2 ? postcode.substring(0, postcode.length() - 2) : postcode;
    }

    private static Point centroid(List<Location> group) {
        double latitude = group.stream().mapToDouble(l -> l.coordinates().latitude()).average().orElseThrow();
        double longitude = group.stream().mapToDouble(l -> l.coordinates().longitude()).average().orElseThrow();
        Location first = group.getFirst();
        String area = first.ward() != null && first.ward().name() != null ? first.ward().name()
                : first.locality() != null ? first.locality() : first.lsoa().name();
        return new Point(round(latitude), round(longitude), first.lsoa().code(), first.lsoa().name(), area, group.size());
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1_000_000d) / 1_000_000d;
    }

    int size() {
        return points.size();
    }

    List<Point> points() {
        return points;
    }

    /** The point nearest to where the crime happened, unless the place is outside the map. */
    Optional<Point> snap(Coordinates where) {
        return points.stream().min(Comparator.comparingDouble(p -> where.distanceTo(p.coordinates()).metres()))
                .filter(p -> where.distanceTo(p.coordinates()).isWithin(OUTSIDE));
    }
}

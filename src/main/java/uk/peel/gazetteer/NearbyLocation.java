package uk.peel.gazetteer;

/** A postcode near a point, with how far its centroid is from it in a straight line. */
public record NearbyLocation(Location location, Distance distance) implements Comparable<NearbyLocation> {

    @Override
    public int compareTo(NearbyLocation other) {
        int byDistance = distance.compareTo(other.distance);
        // Equal distances in postcode order, so the same question always gets the same answer.
        return byDistance != 0 ? byDistance : location.postcode().compareTo(other.location.postcode());
    }
}

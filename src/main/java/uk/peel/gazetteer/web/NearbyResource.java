package uk.peel.gazetteer.web;

import uk.peel.gazetteer.NearbyLocation;

/** A postcode near the point asked about, with the straight-line distance to its centroid in whole metres. */
record NearbyResource(LocationResource location, long distanceMetres) {

    static NearbyResource of(NearbyLocation nearby) {
        return new NearbyResource(LocationResource.of(nearby.location()), Math.round(nearby.distance().metres()));
    }
}

package uk.peel.gazetteer;

/**
 * A point on the Earth as WGS84 latitude and longitude in decimal degrees (as GPS, the ONS Postcode Directory and
 * data.police.uk give them).
 */
public record Coordinates(double latitude, double longitude) {

    /**
     * The mean Earth radius (IUGG). The Earth is not a sphere, so haversine distances are off by up to about 0.5 %;
     * at the few kilometres between a unit and an incident that is metres, well inside any arrival estimate.
     */
    static final double EARTH_RADIUS_METRES = 6_371_008.8;

    public Coordinates {
        if (!(latitude >= -90 && latitude <= 90)) {
            throw new IllegalArgumentException("latitude must be between -90 and 90 degrees, not " + latitude);
        }
        if (!(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("longitude must be between -180 and 180 degrees, not " + longitude);
        }
    }

    public static Coordinates of(double latitude, double longitude) {
        return new Coordinates(latitude, longitude);
    }

    /** The great-circle (haversine) distance to another point: as the crow flies, not by road. */
    public Distance distanceTo(Coordinates other) {
        double phi1 = Math.toRadians(latitude);
        double phi2 = Math.toRadians(other.latitude);
        double dPhi = phi2 - phi1;
        double dLambda = Math.toRadians(other.longitude - longitude);
        double h = Math.pow(Math.sin(dPhi / 2), 2) + Math.cos(phi1) * Math.cos(phi2) * Math.pow(Math.sin(dLambda / 2), 2);
        // min() guards asin against rounding just above 1 for antipodal points.
        return new Distance(2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h))));
    }

    /**
     * The smallest latitude/longitude box holding every point within {@code radius}: degrees of longitude shrink
     * towards the poles, so the box is widened by the narrowest latitude it reaches, not the centre's.
     */
    BoundingBox boxAround(Distance radius) {
        double dLat = Math.toDegrees(radius.metres() / EARTH_RADIUS_METRES);
        double south = Math.max(-90, latitude - dLat);
        double north = Math.min(90, latitude + dLat);
        double widest = Math.max(Math.abs(south), Math.abs(north));
        if (widest >= 90) {
            return new BoundingBox(south, -180, north, 180);
        }
        double dLon = Math.toDegrees(radius.metres() / (EARTH_RADIUS_METRES * Math.cos(Math.toRadians(widest))));
        // Clamped rather than wrapped at the antimeridian: the gazetteer is the UK's, nowhere near it.
        return new BoundingBox(south, Math.max(-180, longitude - dLon), north, Math.min(180, longitude + dLon));
    }

    record BoundingBox(double south, double west, double north, double east) {
    }
}

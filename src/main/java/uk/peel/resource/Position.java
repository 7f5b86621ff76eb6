package uk.peel.resource;

import java.time.Instant;

/** A unit's last known position, and when it was reported: an old position is worth less than a fresh one. */
public record Position(double latitude, double longitude, Instant at) {

    public Position {
        if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
            throw new IllegalArgumentException("not a position on Earth: " + latitude + ", " + longitude);
        }
    }
}

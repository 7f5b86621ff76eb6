package uk.peel.incident;

import java.time.Instant;

/**
 * One line of an incident's log: append-only, so a mistake is put right by a later entry (kind CORRECTION) that
 * says what was wrong, never by changing this one.
 */
public record IncidentLogEntry(IncidentId incidentId, int seq, Instant at, String by, Kind kind, String text) {

    public enum Kind {
        CREATED, NOTE, CORRECTION, GRADE, LOCATION, UNIT, LINK, ALERT, CLOSED
    }
}

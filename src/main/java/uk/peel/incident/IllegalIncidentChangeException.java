package uk.peel.incident;

import uk.peel.platform.ConflictException;

/** A change that does not make sense in the incident's current state (answered 409 with the reason). */
public class IllegalIncidentChangeException extends ConflictException {

    public IllegalIncidentChangeException(String message) {
        super(message);
    }
}

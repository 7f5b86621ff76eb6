package uk.peel.incident;

import java.util.NoSuchElementException;

public class IncidentNotFoundException extends NoSuchElementException {

    IncidentNotFoundException(Object id) {
        super("There is no incident " + id);
    }
}

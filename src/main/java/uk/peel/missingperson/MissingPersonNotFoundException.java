package uk.peel.missingperson;

import java.util.NoSuchElementException;

public class MissingPersonNotFoundException extends NoSuchElementException {

    MissingPersonNotFoundException(Object id) {
        super("There is no missing person report " + id);
    }
}

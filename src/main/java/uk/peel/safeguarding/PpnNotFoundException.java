package uk.peel.safeguarding;

import java.util.NoSuchElementException;

public class PpnNotFoundException extends NoSuchElementException {

    PpnNotFoundException(Object id) {
        super("There is no public protection notice " + id);
    }
}

package uk.peel.resource;

import java.util.NoSuchElementException;

public class UnitNotFoundException extends NoSuchElementException {

    UnitNotFoundException(String callSign) {
        super("There is no unit with call sign " + callSign);
    }
}

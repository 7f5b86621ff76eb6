package uk.peel.person;

import java.util.UUID;

/** No merge has this id. */
public class MergeNotFoundException extends java.util.NoSuchElementException {

    public MergeNotFoundException(UUID id) {
        super("No merge " + id + " is on record");
    }
}

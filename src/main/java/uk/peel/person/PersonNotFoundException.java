package uk.peel.person;

import java.util.NoSuchElementException;

public class PersonNotFoundException extends NoSuchElementException {

    PersonNotFoundException(PersonId id) {
        super("There is no person record " + id);
    }

    PersonNotFoundException(PersonId id, int version) {
        super("Person record " + id + " has no version " + version);
    }
}

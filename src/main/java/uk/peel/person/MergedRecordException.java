package uk.peel.person;

import uk.peel.platform.ConflictException;

/** The record was merged into another, which is where the person's details are now kept and corrected. */
public class MergedRecordException extends ConflictException {

    private final PersonId mergedInto;

    MergedRecordException(PersonId id, PersonId mergedInto) {
        super("Person " + id + " was merged into person " + mergedInto + ": correct that record instead"
                + " (or undo the merge first if the two are not the same person).");
        this.mergedInto = mergedInto;
    }

    public PersonId mergedInto() {
        return mergedInto;
    }
}

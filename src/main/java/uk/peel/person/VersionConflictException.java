package uk.peel.person;

import uk.peel.platform.ConflictException;

/** The record was corrected by someone else after this officer opened it. Nothing was saved. */
public class VersionConflictException extends ConflictException {

    private final int currentVersion;

    VersionConflictException(PersonId id, int basedOn, int current) {
        super("Person " + id + " was changed by someone else while you were editing it: you edited version " + basedOn
                + " but it is now at version " + current + ". Reload it, check the changes and correct it again.");
        this.currentVersion = current;
    }

    public int currentVersion() {
        return currentVersion;
    }
}

package uk.peel.person;

import java.util.List;

/** What an import did with one row of its file. */
public record ImportOutcome(long line, Kind kind, PersonId id, List<String> errors) {

    public enum Kind {
        /** A new person record was created. */
        CREATED,
        /** The row was imported before and has changed: the record has a new version. */
        UPDATED,
        /** The row was imported before, exactly as it is now: nothing was written. */
        UNCHANGED,
        /** The row was not stored; {@link #errors} says why. */
        REJECTED
    }

    public ImportOutcome {
        errors = List.copyOf(errors);
    }

    static ImportOutcome created(long line, PersonId id) {
        return new ImportOutcome(line, Kind.CREATED, id, List.of());
    }

    static ImportOutcome updated(long line, PersonId id) {
        return new ImportOutcome(line, Kind.UPDATED, id, List.of());
    }

    static ImportOutcome unchanged(long line, PersonId id) {
        return new ImportOutcome(line, Kind.UNCHANGED, id, List.of());
    }

    static ImportOutcome rejected(long line, List<String> errors) {
        return new ImportOutcome(line, Kind.REJECTED, null, errors);
    }
}

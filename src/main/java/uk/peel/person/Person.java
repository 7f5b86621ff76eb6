package uk.peel.person;

import java.time.Instant;
import java.util.Objects;

/**
 * A person (nominal) record at its current version. Corrections never overwrite: {@link #correct} produces the
 * next version, and only if the officer was looking at the current one, so two officers editing at once cannot
 * silently undo each other's work.
 */
public final class Person {

    private final PersonId id;
    private final int version;
    private final PersonDetails details;
    private final Instant createdAt;
    private final String createdBy;
    private final Instant updatedAt;
    private final String updatedBy;
    private final PersonId mergedInto;

    Person(PersonId id, int version, PersonDetails details, Instant createdAt, String createdBy, Instant updatedAt,
           String updatedBy) {
        this(id, version, details, createdAt, createdBy, updatedAt, updatedBy, null);
    }

    Person(PersonId id, int version, PersonDetails details, Instant createdAt, String createdBy, Instant updatedAt,
           String updatedBy, PersonId mergedInto) {
        this.id = Objects.requireNonNull(id);
        this.version = version;
        this.details = Objects.requireNonNull(details);
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.updatedAt = updatedAt;
        this.updatedBy = updatedBy;
        this.mergedInto = mergedInto;
    }

    static Person record(PersonDetails details, String by, Instant at) {
        return new Person(PersonId.generate(), 1, details, at, by, at, by);
    }

    /**
     * The next version of this record.
     *
     * @param basedOnVersion the version the officer saw when they made the correction
     * @throws VersionConflictException if someone else corrected the record since
     */
    Person correct(PersonDetails corrected, int basedOnVersion, String by, Instant at) {
        if (mergedInto != null) {
            throw new MergedRecordException(id, mergedInto);
        }
        if (basedOnVersion != version) {
            throw new VersionConflictException(id, basedOnVersion, version);
        }
        return new Person(id, version + 1, corrected, createdAt, createdBy, at, by);
    }

    public PersonId id() {
        return id;
    }

    public int version() {
        return version;
    }

    public PersonDetails details() {
        return details;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }

    /** The record this one was merged into, if it was: the person's golden record, where their details now live. */
    public java.util.Optional<PersonId> mergedInto() {
        return java.util.Optional.ofNullable(mergedInto);
    }
}

package uk.peel.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A record of a person being written down, open to the slips of {@link Slip} before it becomes a
 * {@link PersonRecord} or a search query. Names are lower case; a date of birth part of 0 is not known.
 */
final class RecordDraft {

    final SyntheticPerson person;
    String forename;
    String middle;
    String surname;
    String gender;
    int year;
    int month;
    int day;
    final List<PersonRecord.Name> aliases;
    final List<PersonRecord.Place> addresses;
    PersonRecord.Marker marker;
    boolean surnameInCapitals;

    RecordDraft(SyntheticPerson person, String gender) {
        this.person = person;
        this.forename = person.forename();
        this.middle = person.middle();
        this.surname = person.surname();
        this.gender = gender;
        this.year = person.born().getYear();
        this.month = person.born().getMonthValue();
        this.day = person.born().getDayOfMonth();
        this.aliases = new ArrayList<>(person.aliases());
        this.addresses = new ArrayList<>(person.addresses());
        this.marker = person.marker();
    }

    boolean hasFullDate() {
        return year > 0 && month > 0 && day > 0;
    }

    /** The date of birth as the import and ISO write it ({@code 1985-12-03} or {@code 1985}), or null. */
    String dateOfBirth() {
        if (year == 0) {
            return null;
        }
        return month == 0 ? "%04d".formatted(year) : day == 0 ? "%04d-%02d".formatted(year, month)
                : "%04d-%02d-%02d".formatted(year, month, day);
    }

    /** The full date of birth, or null when only part of it (or none) is recorded. */
    LocalDate fullDate() {
        return hasFullDate() ? LocalDate.of(year, month, day) : null;
    }

    String forenames() {
        return middle == null ? forename : forename + " " + middle;
    }

    PersonRecord toRecord(String sourceId) {
        String surnameWritten = PersonRecord.capitalised(surname);
        return new PersonRecord(sourceId, PersonRecord.capitalised(forenames()),
                surnameInCapitals ? surnameWritten.toUpperCase(java.util.Locale.ROOT) : surnameWritten, gender,
                dateOfBirth(), aliases, addresses, marker);
    }
}

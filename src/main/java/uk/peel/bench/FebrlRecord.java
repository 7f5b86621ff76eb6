package uk.peel.bench;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * The parts of a FEBRL record a name search may use: the record id, given name, surname and date of birth.
 * Missing names are empty strings; a missing or impossible date of birth is empty.
 */
record FebrlRecord(String id, String givenName, String surname, Optional<LocalDate> dateOfBirth) {

    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    FebrlRecord {
        givenName = givenName == null ? "" : givenName;
        surname = surname == null ? "" : surname;
    }

    /**
     * The person the record is about: {@code rec-12-org} and {@code rec-12-dup-0} are both {@code rec-12}, which
     * is how FEBRL says two records are the same person.
     */
    String person() {
        int second = id.indexOf('-', id.indexOf('-') + 1);
        return second < 0 ? id : id.substring(0, second);
    }

    FebrlRecord withGivenName(String name) {
        return new FebrlRecord(id, name, surname, dateOfBirth);
    }

    FebrlRecord withSurname(String name) {
        return new FebrlRecord(id, givenName, name, dateOfBirth);
    }

    /** As an officer would type it in the search box: "given surname DD/MM/YYYY", leaving out what is missing. */
    String asSearchText() {
        StringBuilder text = new StringBuilder(givenName);
        for (String part : new String[] {surname, dateOfBirth.map(UK_DATE::format).orElse("")}) {
            if (!part.isEmpty()) {
                text.append(text.isEmpty() ? "" : " ").append(part);
            }
        }
        return text.toString();
    }

    /** The fields apart, so a reader can tell a surname from a forename: {@code rec-1-org [ann | smith | 1985-12-03]}. */
    @Override
    public String toString() {
        return "%s [%s | %s | %s]".formatted(id, givenName.isEmpty() ? "-" : givenName, surname.isEmpty() ? "-" : surname,
                dateOfBirth.map(LocalDate::toString).orElse("-"));
    }
}

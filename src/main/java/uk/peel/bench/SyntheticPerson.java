package uk.peel.bench;

import java.time.LocalDate;
import java.util.List;

/**
 * One generated person as they really are, before anybody records them: the truth that every record of them (the
 * original and its misrecorded duplicates) and every benchmark query about them is derived from. Names are lower
 * case, as the lists spell them; {@link PersonRecord} capitalises them.
 *
 * @param line the population line of the person's original record, which also seeds everything about them
 * @param middle a middle name, or null
 * @param birthSurname the surname the person was born with when it differs from {@code surname} (married), or null
 */
record SyntheticPerson(long line, NameLists.Tradition tradition, boolean male, String forename, String middle,
                       String surname, String birthSurname, LocalDate born, List<PersonRecord.Name> aliases,
                       List<PersonRecord.Place> addresses, PersonRecord.Marker marker) {

    SyntheticPerson {
        aliases = List.copyOf(aliases);
        addresses = List.copyOf(addresses);
    }

    String forenames() {
        return middle == null ? forename : forename + " " + middle;
    }
}

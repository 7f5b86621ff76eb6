package uk.peel.person;

import java.util.List;

/**
 * A batch of person records created or updated together by a bulk import: one event per batch rather than one per person,
 * so loading a legacy system's millions of records does not write millions of event publications.
 */
public record PersonsImported(List<PersonId> personIds) {

    public PersonsImported {
        personIds = List.copyOf(personIds);
    }
}

package uk.peel.search;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import uk.peel.person.PersonCorrected;
import uk.peel.person.PersonMergeUndone;
import uk.peel.person.PersonRecorded;
import uk.peel.person.PersonRecords;
import uk.peel.person.PersonsImported;
import uk.peel.person.PersonsMerged;

/**
 * Feeds the search index from the person records' events. The events are stored with the transaction that changed
 * the record (Spring Modulith's event publication log) and marked complete only after the index has committed, so
 * a crash of the indexer loses nothing: unfinished events are replayed on restart.
 */
@Component
class SearchIndexer {

    private final SearchIndex index;
    private final PersonRecords persons;
    private final DuplicateDetection duplicates;

    SearchIndexer(SearchIndex index, PersonRecords persons, DuplicateDetection duplicates) {
        this.index = index;
        this.persons = persons;
        this.duplicates = duplicates;
    }

    @ApplicationModuleListener
    void on(PersonRecorded event) {
        indexAndCheck(event.personId());
    }

    @ApplicationModuleListener
    void on(PersonCorrected event) {
        indexAndCheck(event.personId());
    }

    /** One record saved by an officer: into the index, then checked for duplicates against everyone else. */
    private void indexAndCheck(uk.peel.person.PersonId id) {
        java.util.List<uk.peel.person.Person> people = persons.currentForDerivedData(java.util.List.of(id));
        index.index(people);
        duplicates.checkJustIndexed(people);
    }

    @ApplicationModuleListener
    void on(PersonsMerged event) {
        index.remove(event.mergedId());
        index.index(persons.currentForDerivedData(java.util.List.of(event.survivorId())));
    }

    @ApplicationModuleListener
    void on(PersonMergeUndone event) {
        index.index(persons.currentForDerivedData(java.util.List.of(event.survivorId(), event.mergedId())));
    }

    @ApplicationModuleListener
    void on(PersonsImported event) {
        index.index(persons.currentForDerivedData(event.personIds()));
    }
}

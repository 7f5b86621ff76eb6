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

    SearchIndexer(SearchIndex index, PersonRecords persons) {
        this.index = index;
        this.persons = persons;
    }

    @ApplicationModuleListener
    void on(PersonRecorded event) {
        index.index(persons.currentForDerivedData(java.util.List.of(event.personId())));
    }

    @ApplicationModuleListener
    void on(PersonCorrected event) {
        index.index(persons.currentForDerivedData(java.util.List.of(event.personId())));
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

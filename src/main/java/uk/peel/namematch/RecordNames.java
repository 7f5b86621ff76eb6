package uk.peel.namematch;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A candidate's names broken into folded, sound-keyed parts once, before they are compared with every reading of
 * the query. The index keeps each part's sound keys beside the record, so a search reads them instead of encoding
 * them again for every comparison.
 */
record RecordNames(List<Part> names) {

    /** One recorded name in parts: the forms its surname may be found under, and its forenames in order. */
    record Part(Candidate.Name name, List<Spelling> surnameForms, List<Spelling> forenames) {
    }

    static RecordNames of(Candidate candidate) {
        return of(candidate, Spelling::of);
    }

    static RecordNames of(Candidate candidate, Function<String, Spelling> spell) {
        List<Part> parts = new ArrayList<>(candidate.names().size());
        for (Candidate.Name name : candidate.names()) {
            parts.add(new Part(name, NameTokens.surnameForms(name.surname()).stream().map(spell).toList(),
                    NameTokens.forenameTokens(name.forenames()).stream().map(spell).toList()));
        }
        return new RecordNames(parts);
    }
}

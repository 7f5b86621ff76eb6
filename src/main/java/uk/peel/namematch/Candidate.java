package uk.peel.namematch;

import java.util.List;

/**
 * What the matcher knows of one person: every name they are recorded under (their own first, then aliases,
 * maiden and previous names, nicknames) and every recorded date of birth.
 */
public record Candidate(List<Name> names, List<DateClue> datesOfBirth) {

    public Candidate {
        names = List.copyOf(names);
        datesOfBirth = List.copyOf(datesOfBirth);
    }

    /**
     * One recorded name.
     *
     * @param kind how it is recorded, for explanations: "name", "alias", "maiden name", "nickname"...
     */
    public record Name(String forenames, String surname, String kind) {
        public String written() {
            return ((forenames == null ? "" : forenames) + " " + (surname == null ? "" : surname)).strip();
        }
    }
}

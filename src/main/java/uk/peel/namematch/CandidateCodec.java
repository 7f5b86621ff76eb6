package uk.peel.namematch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A candidate stored compactly inside the index, so scoring a hundred candidates needs no database round trip and
 * no phonetic encoding. One line per name ({@code n<TAB>kind<TAB>forenames<TAB>surname}), date
 * ({@code d<TAB>YYYY[-MM[-DD]]}) and folded name part with its sound keys ({@code k<TAB>part<TAB>key key...});
 * tabs and newlines cannot occur in names, which the record validation refuses. Entries written before the sound
 * keys were stored still read: their keys are worked out when needed.
 */
final class CandidateCodec {

    /** A candidate as read back from the index, with the spelling of each of its name parts. */
    record Stored(Candidate candidate, Map<String, Spelling> spellings) {

        RecordNames names() {
            return RecordNames.of(candidate, part -> {
                Spelling spelling = spellings.get(part);
                return spelling != null ? spelling : Spelling.of(part);
            });
        }
    }

    private CandidateCodec() {
    }

    static String encode(Candidate candidate) {
        StringBuilder out = new StringBuilder();
        Set<String> parts = new LinkedHashSet<>();
        for (Candidate.Name name : candidate.names()) {
            out.append("n\t").append(clean(name.kind())).append('\t').append(clean(name.forenames())).append('\t')
                    .append(clean(name.surname())).append('\n');
            parts.addAll(NameTokens.surnameForms(name.surname()));
            parts.addAll(NameTokens.forenameTokens(name.forenames()));
        }
        for (DateClue date : candidate.datesOfBirth()) {
            out.append("d\t").append(date).append('\n');
        }
        for (String part : parts) {
            out.append("k\t").append(part).append('\t').append(String.join(" ", PhoneticKeys.of(part))).append('\n');
        }
        return out.toString();
    }

    static Candidate decode(String text) {
        return read(text).candidate();
    }

    static Stored read(String text) {
        List<Candidate.Name> names = new ArrayList<>();
        List<DateClue> dates = new ArrayList<>();
        Map<String, Spelling> spellings = new HashMap<>();
        for (String line : text.split("\n")) {
            String[] parts = line.split("\t", -1);
            if (parts[0].equals("n") && parts.length == 4) {
                names.add(new Candidate.Name(parts[2].isEmpty() ? null : parts[2], parts[3].isEmpty() ? null : parts[3], parts[1]));
            } else if (parts[0].equals("d") && parts.length == 2) {
                dates.add(parseDate(parts[1]));
            } else if (parts[0].equals("k") && parts.length == 3) {
                Set<String> keys = parts[2].isEmpty() ? Set.of() : new LinkedHashSet<>(List.of(parts[2].split(" ")));
                spellings.put(parts[1], new Spelling(parts[1], keys));
            }
        }
        return new Stored(new Candidate(names, dates), spellings);
    }

    static DateClue parseDate(String iso) {
        String[] parts = iso.split("-");
        return new DateClue(parts.length > 2 ? Integer.valueOf(parts[2]) : null,
                parts.length > 1 ? Integer.valueOf(parts[1]) : null, Integer.parseInt(parts[0]));
    }

    private static String clean(String value) {
        return value == null ? "" : value.replace('\t', ' ').replace('\n', ' ');
    }
}

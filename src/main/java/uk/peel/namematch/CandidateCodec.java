package uk.peel.namematch;

import java.util.ArrayList;
import java.util.List;

/**
 * A candidate stored compactly inside the index, so scoring a few hundred candidates needs no database round trip.
 * One line per name ({@code n<TAB>kind<TAB>forenames<TAB>surname}) or date ({@code d<TAB>YYYY[-MM[-DD]]}); tabs and
 * newlines cannot occur in names, which the record validation refuses.
 */
final class CandidateCodec {

    private CandidateCodec() {
    }

    static String encode(Candidate candidate) {
        StringBuilder out = new StringBuilder();
        for (Candidate.Name name : candidate.names()) {
            out.append("n\t").append(clean(name.kind())).append('\t').append(clean(name.forenames())).append('\t')
                    .append(clean(name.surname())).append('\n');
        }
        for (DateClue date : candidate.datesOfBirth()) {
            out.append("d\t").append(date).append('\n');
        }
        return out.toString();
    }

    static Candidate decode(String text) {
        List<Candidate.Name> names = new ArrayList<>();
        List<DateClue> dates = new ArrayList<>();
        for (String line : text.split("\n")) {
            String[] parts = line.split("\t", -1);
            if (parts[0].equals("n") && parts.length == 4) {
                names.add(new Candidate.Name(parts[2].isEmpty() ? null : parts[2], parts[3].isEmpty() ? null : parts[3], parts[1]));
            } else if (parts[0].equals("d") && parts.length == 2) {
                dates.add(parseDate(parts[1]));
            }
        }
        return new Candidate(names, dates);
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

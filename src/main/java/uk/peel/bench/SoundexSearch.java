package uk.peel.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.codec.language.Soundex;

import uk.peel.namematch.NameTokens;

/**
 * The legacy baseline: an exact-key search on the Soundex codes of surname and forename, as police and council
 * systems of the 1980s and 1990s search. A record is a candidate only if both its codes equal the query's; a name
 * left blank in the query is not a criterion. Candidates with the same date of birth come first, the rest in the
 * order they were indexed (the key itself cannot rank them).
 */
final class SoundexSearch implements SearchMethod {

    private static final Soundex SOUNDEX = Soundex.US_ENGLISH;

    private final Map<String, List<FebrlRecord>> bySurnameAndForename = new HashMap<>();
    private final Map<String, List<FebrlRecord>> bySurname = new HashMap<>();
    private final Map<String, List<FebrlRecord>> byForename = new HashMap<>();

    SoundexSearch(List<FebrlRecord> records) {
        for (FebrlRecord record : records) {
            String surname = code(record.surname());
            String forename = code(record.givenName());
            bySurnameAndForename.computeIfAbsent(surname + "|" + forename, k -> new ArrayList<>()).add(record);
            bySurname.computeIfAbsent(surname, k -> new ArrayList<>()).add(record);
            byForename.computeIfAbsent(forename, k -> new ArrayList<>()).add(record);
        }
    }

    @Override
    public String key() {
        return "soundex";
    }

    @Override
    public String description() {
        return "Soundex exact key on surname + forename, same date of birth first";
    }

    @Override
    public List<String> search(FebrlRecord query, int limit) {
        String surname = code(query.surname());
        String forename = code(query.givenName());
        List<FebrlRecord> candidates;
        if (!surname.isEmpty() && !forename.isEmpty()) {
            candidates = bySurnameAndForename.getOrDefault(surname + "|" + forename, List.of());
        } else if (!surname.isEmpty()) {
            candidates = bySurname.getOrDefault(surname, List.of());
        } else if (!forename.isEmpty()) {
            candidates = byForename.getOrDefault(forename, List.of());
        } else {
            return List.of();
        }
        // A stable sort keeps index order among records that tie on the date.
        return candidates.stream()
                .sorted(Comparator.comparing((FebrlRecord record) -> record.dateOfBirth().isEmpty()
                        || !record.dateOfBirth().equals(query.dateOfBirth())))
                .limit(limit).map(FebrlRecord::id).toList();
    }

    /** The Soundex code of a name, or "" for none. Folded first: the encoder refuses letters outside A–Z. */
    static String code(String name) {
        String folded = NameTokens.fold(name == null ? "" : name).replaceAll("[^a-z]", "");
        return folded.isEmpty() ? "" : SOUNDEX.encode(folded);
    }

    @Override
    public void close() {
        // Nothing to release: the keys live on the heap.
    }
}

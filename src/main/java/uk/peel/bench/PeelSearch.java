package uk.peel.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import uk.peel.namematch.Candidate;
import uk.peel.namematch.DateClue;
import uk.peel.namematch.Match;
import uk.peel.namematch.MatchScorer;
import uk.peel.namematch.NameIndex;
import uk.peel.namematch.NameVariants;
import uk.peel.namematch.SearchText;
import uk.peel.namematch.SurnameFrequencies;

/**
 * Peel's own person search: the in-memory Lucene {@link NameIndex} with the {@link MatchScorer}, asked in free
 * text exactly as an officer would type it, so the benchmark also covers reading the query.
 */
final class PeelSearch implements SearchMethod {

    /** A fixed "now" keeps the benchmark reproducible; FEBRL dates all have four-digit years anyway. */
    private static final SearchText READER = new SearchText(2026);

    private final NameIndex index;
    private final MatchScorer scorer;

    PeelSearch(List<FebrlRecord> records) {
        NameVariants variants = NameVariants.standard();
        SurnameFrequencies surnames = SurnameFrequencies.standardUk();
        this.index = NameIndex.inMemory(variants, surnames);
        this.scorer = new MatchScorer(variants, surnames);
        records.forEach(record -> index.put(record.id(), candidate(record)));
        index.refresh();
    }

    @Override
    public String key() {
        return "peel";
    }

    @Override
    public String description() {
        return "Peel NameIndex (Lucene candidates, MatchScorer ranking), free-text query";
    }

    @Override
    public List<String> search(FebrlRecord query, int limit) {
        return hits(query, limit).stream().map(NameIndex.Hit::id).toList();
    }

    List<NameIndex.Hit> hits(FebrlRecord query, int limit) {
        return index.search(READER.read(query.asSearchText()), limit);
    }

    /** How the scorer rates one record against the query, whether or not the index gathered it. */
    Match score(FebrlRecord query, FebrlRecord record) {
        return scorer.score(READER.read(query.asSearchText()), candidate(record));
    }

    static Candidate candidate(FebrlRecord record) {
        List<DateClue> dates = new ArrayList<>(1);
        record.dateOfBirth().ifPresent(date -> dates.add(new DateClue(date.getDayOfMonth(), date.getMonthValue(), date.getYear())));
        return new Candidate(List.of(new Candidate.Name(blankToNull(record.givenName()), blankToNull(record.surname()), "name")), dates);
    }

    private static String blankToNull(String value) {
        return Optional.ofNullable(value).filter(v -> !v.isBlank()).orElse(null);
    }

    @Override
    public void close() {
        index.close();
    }
}

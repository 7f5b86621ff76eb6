package uk.peel.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import uk.peel.namematch.Match;
import uk.peel.namematch.NameIndex;

/**
 * Why Peel missed: for each query whose true record did not come first, whether the index never gathered it as a
 * candidate (a recall problem in {@link NameIndex}'s candidate query) or gathered it and the scorer ranked
 * another record higher (a weighting problem), with the scores and explanations of both.
 */
final class MissAnalysis {

    /** Gathered candidates per search (NameIndex.CANDIDATES): asking for this many returns every one, scored. */
    private static final int GATHERED = 100;

    private record Miss(QuerySet.Probe probe, int rank, Match truthMatch, NameIndex.Hit first, FebrlRecord firstRecord, double tenth) {
    }

    private final List<Miss> misses = new ArrayList<>();

    MissAnalysis(PeelSearch peel, QuerySet set, Scorecard card, List<FebrlRecord> indexed) {
        Map<String, FebrlRecord> byId = indexed.stream().collect(Collectors.toMap(FebrlRecord::id, Function.identity()));
        for (QuerySet.Probe probe : set.probes()) {
            Integer rank = card.rank(probe.truth().person());
            if (rank != null && rank != 1) {
                List<NameIndex.Hit> hits = peel.hits(probe.query(), GATHERED);
                int gatheredRank = Scorecard.rankOf(probe.truth().id(), hits.stream().map(NameIndex.Hit::id).toList());
                NameIndex.Hit first = hits.isEmpty() ? null : hits.getFirst();
                // Scored as the search scored it when gathered (name shares learnt from the index), else by the scorer alone.
                Match truth = gatheredRank == Scorecard.NOT_FOUND ? peel.score(probe.query(), probe.truth())
                        : hits.get(gatheredRank - 1).match();
                // How far the true record fell short of the top ten: the weight it had to beat.
                double tenth = hits.size() < SearchQuality.TOP ? Double.NaN : hits.get(SearchQuality.TOP - 1).match().weight();
                misses.add(new Miss(probe, gatheredRank, truth, first, first == null ? null : byId.get(first.id()), tenth));
            }
        }
    }

    void print(PrintStream out, int sample) {
        long notGathered = misses.stream().filter(miss -> miss.rank() == Scorecard.NOT_FOUND).count();
        long nearMiss = misses.stream().filter(miss -> miss.rank() >= 2 && miss.rank() <= 10).count();
        long farMiss = misses.size() - notGathered - nearMiss;
        out.printf(Locale.ROOT, "Peel misses at rank 1: %d (ranked 2-10: %d; gathered but ranked below 10: %d; not gathered by the index: %d)%n",
                misses.size(), nearMiss, farMiss, notGathered);
        long thin = misses.stream().filter(miss -> fieldsInCommon(miss.truthMatch()) <= 1).count();
        out.printf(Locale.ROOT, "  of which %d share at most one of surname, forename and date of birth with the true record "
                + "(a name alone, or a date alone: no name-and-date search can rank those reliably)%n", thin);
        out.printf(Locale.ROOT, "First %d misses: the query as typed and its FEBRL 4b record [given | surname | born]; the true 4a record,%n"
                + "its rank among the gathered candidates, the scorer's weight and reasons; what ranked first%n", Math.min(sample, misses.size()));
        for (Miss miss : misses.subList(0, Math.min(sample, misses.size()))) {
            out.printf(Locale.ROOT, "  %s %s%n    true %s: %s, weight %.1f: %s%n", quoted(miss.probe().query()), miss.probe().query(),
                    miss.probe().truth(),
                    miss.rank() == Scorecard.NOT_FOUND ? "NOT GATHERED" : "rank " + miss.rank(),
                    miss.truthMatch().weight(), String.join("; ", miss.truthMatch().explanation()));
            if (miss.first() != null) {
                out.printf(Locale.ROOT, "    first %s: weight %.1f: %s%n", miss.firstRecord(), miss.first().match().weight(),
                        String.join("; ", miss.first().match().explanation()));
            }
        }
    }

    /** How many of surname, forename and date of birth the scorer found some agreement on, read from its reasons. */
    static int fieldsInCommon(Match match) {
        boolean surname = false;
        boolean forename = false;
        boolean born = false;
        for (String reason : match.explanation()) {
            if (reason.contains("differs")) {
                continue;
            }
            surname |= reason.startsWith("surname ");
            forename |= reason.startsWith("forename") || reason.startsWith("initial ");
            born |= reason.startsWith("date of birth") || reason.startsWith("year of birth");
        }
        return (surname ? 1 : 0) + (forename ? 1 : 0) + (born ? 1 : 0);
    }

    /** Every miss as a tab-separated row, for reading beyond the printed sample. */
    void write(Path file) throws IOException {
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            out.println("query\tquery_record\ttrue_record\trank\ttrue_weight\ttrue_explanation\tfirst_record\tfirst_weight\tfirst_explanation\ttenth_weight");
            for (Miss miss : misses) {
                out.printf(Locale.ROOT, "%s\t%s\t%s\t%d\t%.2f\t%s\t%s\t%s\t%s\t%.2f%n", miss.probe().query().asSearchText(),
                        miss.probe().query(), miss.probe().truth(), miss.rank(),
                        miss.truthMatch().weight(), String.join("; ", miss.truthMatch().explanation()),
                        miss.firstRecord() == null ? "" : miss.firstRecord(),
                        miss.first() == null ? "" : String.format(Locale.ROOT, "%.2f", miss.first().match().weight()),
                        miss.first() == null ? "" : String.join("; ", miss.first().match().explanation()), miss.tenth());
            }
        }
    }

    private static String quoted(FebrlRecord query) {
        return "\"" + query.asSearchText() + "\"";
    }
}

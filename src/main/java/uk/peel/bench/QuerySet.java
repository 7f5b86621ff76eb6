package uk.peel.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.function.Function;

import uk.peel.namematch.NameTokens;
import uk.peel.namematch.NameVariants;

/**
 * A set of queries whose right answers are known: each probe is a query and the indexed record it should find.
 *
 * @param key   names the set in the summary line (the main task, "febrl4", is the unprefixed one)
 * @param title how the set is named in the report
 */
record QuerySet(String key, String title, List<Probe> probes) {

    /** One query and the record it should find. */
    record Probe(FebrlRecord query, FebrlRecord truth) {
    }

    QuerySet {
        probes = List.copyOf(probes);
    }

    /** Substitutions are drawn at random but reproducibly: the same seed gives the same queries on every run. */
    private static final long SEED = 20261124L;

    /**
     * The FEBRL 4 task: each duplicate in {@code queries} (4b) should find its original in {@code indexed} (4a).
     * At most {@code limit} queries, in file order.
     */
    static QuerySet febrl(List<FebrlRecord> indexed, List<FebrlRecord> queries, int limit) {
        Map<String, FebrlRecord> originals = byPerson(indexed);
        List<Probe> probes = new ArrayList<>();
        for (FebrlRecord query : queries) {
            FebrlRecord truth = originals.get(query.person());
            if (truth != null && probes.size() < limit) {
                probes.add(new Probe(query, truth));
            }
        }
        return new QuerySet("febrl4", "FEBRL 4 (4b duplicate -> 4a original)", probes);
    }

    /**
     * The FEBRL queries whose person's given name has a nickname in Peel's lists, asked with a nickname instead of
     * the given name ("robert" asked as "bob"). Surname and date of birth keep FEBRL's corruptions.
     */
    static QuerySet nicknames(QuerySet febrl, NameVariants variants) {
        return substituted(febrl, "nickname", "nickname for the given name (Peel's nickname list)",
                probe -> variants.of(probe.truth().givenName()).entrySet().stream()
                        .filter(entry -> entry.getValue() == NameVariants.Relation.HAS_NICKNAME)
                        .map(Map.Entry::getKey).sorted().toList(),
                FebrlRecord::withGivenName);
    }

    /**
     * The FEBRL queries whose person's surname has variants in the ONS-derived list (not used by Peel), asked with
     * a variant instead of the surname ("bailey" asked as "bayley"). Given name and date of birth keep FEBRL's
     * corruptions.
     */
    static QuerySet surnameVariants(QuerySet febrl, Path variantList) throws IOException {
        Map<String, List<String>> variants = readVariantPairs(variantList);
        return substituted(febrl, "surname_variant", "surname variant (ONS list)",
                probe -> variants.getOrDefault(NameTokens.fold(probe.truth().surname()), List.of()),
                FebrlRecord::withSurname);
    }

    private static QuerySet substituted(QuerySet febrl, String key, String title,
            Function<Probe, List<String>> alternatives, BiFunction<FebrlRecord, String, FebrlRecord> replace) {
        Random random = new Random(SEED);
        List<Probe> probes = new ArrayList<>();
        for (Probe probe : febrl.probes()) {
            List<String> choices = alternatives.apply(probe);
            if (!choices.isEmpty()) {
                String chosen = choices.get(random.nextInt(choices.size()));
                probes.add(new Probe(replace.apply(probe.query(), chosen), probe.truth()));
            }
        }
        return new QuerySet(key, title, probes);
    }

    /** {@code lastname1,lastname2,freq} rows, header first; each name's variants in file order. */
    static Map<String, List<String>> readVariantPairs(Path file) throws IOException {
        Map<String, List<String>> variants = new LinkedHashMap<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            reader.readLine();
            String line;
            while ((line = reader.readLine()) != null) {
                String[] columns = line.split(",");
                if (columns.length >= 2) {
                    String name = NameTokens.fold(columns[0]);
                    String variant = NameTokens.fold(columns[1]);
                    if (!name.isEmpty() && !variant.isEmpty() && !name.equals(variant)) {
                        variants.computeIfAbsent(name, k -> new ArrayList<>()).add(variant);
                    }
                }
            }
        }
        return variants;
    }

    private static Map<String, FebrlRecord> byPerson(List<FebrlRecord> records) {
        Map<String, FebrlRecord> byPerson = new LinkedHashMap<>();
        records.forEach(record -> byPerson.put(record.person(), record));
        return byPerson;
    }

    /** The first {@code limit} probes only. */
    QuerySet first(int limit) {
        return probes.size() <= limit ? this : new QuerySet(key, title, probes.subList(0, limit));
    }

    int size() {
        return probes.size();
    }

    /** The people this set looks for, to compare with the same people's plain FEBRL queries. */
    List<String> people() {
        return probes.stream().map(probe -> probe.truth().person()).toList();
    }
}

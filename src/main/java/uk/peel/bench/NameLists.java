package uk.peel.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The frequency and variant lists a synthetic population is drawn from. With the shared name data beside the
 * checkout ({@code ../shared/data/names}) people come from five naming traditions in roughly the shares of the
 * population of England and Wales, each with its own forenames by sex and surnames; without it, from what Peel
 * ships (the demo's forenames and the full UK surname list), so the generator works on a fresh clone.
 */
final class NameLists {

    /** A naming tradition, with the share of people drawn from it and the list's label for it. */
    enum Tradition {
        BRITISH(0.845, "White (not Hispanic)"),
        ARABIC_SOUTH_ASIAN(0.05, "Middle-Eastern, Arabic"),
        ASIAN(0.045, "Asian or Pacific Islander"),
        BLACK(0.045, "Black (not Hispanic)"),
        HISPANIC(0.015, "Hispanic");

        final double share;
        final String label;

        Tradition(double share, String label) {
            this.share = share;
            this.label = label;
        }
    }

    /** A default place for the shared lists, relative to the checkout the benchmarks run from. */
    static final Path SHARED = Path.of("..", "shared", "data", "names");

    private static final Pattern NAME = Pattern.compile("[a-z][a-z' -]*[a-z]");
    private static final Set<String> NOT_NAMES = Set.of("true", "false", "unknown", "baby", "infant", "male", "female");

    private final Map<Tradition, WeightedNames> male;
    private final Map<Tradition, WeightedNames> female;
    private final Map<Tradition, WeightedNames> surnames;
    private final WeightedNames traditions;
    private final Map<String, String[]> nicknames;
    private final Map<String, String[]> forenameVariants;
    private final Map<String, String[]> surnameVariants;
    private final String[] postcodes;
    private final String description;

    private NameLists(Map<Tradition, WeightedNames> male, Map<Tradition, WeightedNames> female,
                      Map<Tradition, WeightedNames> surnames, Map<String, String[]> nicknames,
                      Map<String, String[]> forenameVariants, Map<String, String[]> surnameVariants,
                      String[] postcodes, String description) {
        this.male = male;
        this.female = female;
        this.surnames = surnames;
        WeightedNames.Builder shares = new WeightedNames.Builder();
        surnames.keySet().forEach(t -> shares.add(t.name(), t.share));
        this.traditions = shares.build();
        this.nicknames = nicknames;
        this.forenameVariants = forenameVariants;
        this.surnameVariants = surnameVariants;
        this.postcodes = postcodes;
        this.description = description;
    }

    /** The shared lists in {@code directory} when they are there, else the lists Peel ships. */
    static NameLists load(Path directory) {
        Path ons = directory == null ? null : directory.resolve("ons-variants");
        if (ons != null && Files.isReadable(ons.resolve("firstname_us.csv")) && Files.isReadable(ons.resolve("lastname_uk.csv"))
                && Files.isReadable(ons.resolve("lastname_us.csv"))) {
            return shared(ons);
        }
        return shipped();
    }

    /** Only what Peel ships: one tradition, the demo's 400 forenames and the 8,431 UK surnames. */
    static NameLists shipped() {
        Map<Tradition, WeightedNames> male = new EnumMap<>(Tradition.class);
        Map<Tradition, WeightedNames> female = new EnumMap<>(Tradition.class);
        WeightedNames.Builder men = new WeightedNames.Builder();
        WeightedNames.Builder women = new WeightedNames.Builder();
        readCsv(resource("demo/forenames.csv"), row -> {
            String name = name(row.get(0));
            if (name != null) {
                (row.get(1).equals("male") ? men : women).add(name, number(row.get(2)));
            }
        });
        male.put(Tradition.BRITISH, men.build());
        female.put(Tradition.BRITISH, women.build());
        Map<Tradition, WeightedNames> surnames = new EnumMap<>(Tradition.class);
        surnames.put(Tradition.BRITISH, surnames(resource("names/surname-frequencies-uk.csv")));
        return new NameLists(male, female, surnames, nicknames(), forenameVariants(), Map.of(), postcodes(),
                "shipped lists (src/main/resources/demo/forenames.csv, names/surname-frequencies-uk.csv)");
    }

    private static NameLists shared(Path ons) {
        Map<Tradition, WeightedNames.Builder> men = builders();
        Map<Tradition, WeightedNames.Builder> women = builders();
        readCsv(open(ons.resolve("firstname_us.csv")), row -> {
            Tradition tradition = tradition(row.get(3));
            String name = name(row.get(0));
            if (tradition != null && name != null) {
                (row.get(2).equals("male") ? men : women).get(tradition).add(name, number(row.get(1)));
            }
        });
        Map<Tradition, WeightedNames.Builder> family = builders();
        readCsv(open(ons.resolve("lastname_us.csv")), row -> {
            Tradition tradition = tradition(row.get(2));
            String name = name(row.get(0));
            if (tradition != null && tradition != Tradition.BRITISH && name != null) {
                family.get(tradition).add(name, number(row.get(1)));
            }
        });
        Map<Tradition, WeightedNames> surnames = new EnumMap<>(Tradition.class);
        surnames.put(Tradition.BRITISH, surnames(open(ons.resolve("lastname_uk.csv"))));
        family.forEach((t, b) -> {
            if (t != Tradition.BRITISH && b.size() > 0) {
                surnames.put(t, b.build());
            }
        });
        Map<Tradition, WeightedNames> male = new EnumMap<>(Tradition.class);
        Map<Tradition, WeightedNames> female = new EnumMap<>(Tradition.class);
        surnames.keySet().forEach(t -> {
            male.put(t, men.get(t).build());
            female.put(t, women.get(t).build());
        });
        Map<String, String[]> surnameVariants = Files.isReadable(ons.resolve("lastname_uk_variant.csv"))
                ? variants(open(ons.resolve("lastname_uk_variant.csv"))) : Map.of();
        return new NameLists(male, female, surnames, nicknames(), forenameVariants(), surnameVariants, postcodes(),
                "shared lists in " + ons.getParent() + " (ONS/sdglinkage forenames by sex and tradition, UK and US surnames)");
    }

    private static Map<Tradition, WeightedNames.Builder> builders() {
        Map<Tradition, WeightedNames.Builder> builders = new EnumMap<>(Tradition.class);
        for (Tradition t : Tradition.values()) {
            builders.put(t, new WeightedNames.Builder());
        }
        return builders;
    }

    private static Tradition tradition(String label) {
        for (Tradition t : Tradition.values()) {
            if (t.label.equals(label)) {
                return t;
            }
        }
        return null;
    }

    private static WeightedNames surnames(InputStream csv) {
        WeightedNames.Builder builder = new WeightedNames.Builder();
        readCsv(csv, row -> {
            String name = name(row.get(0));
            if (name != null) {
                builder.add(name, number(row.get(1)));
            }
        });
        return builder.build();
    }

    private static Map<String, String[]> nicknames() {
        Map<String, Set<String>> pairs = new HashMap<>();
        readCsv(resource("names/nicknames.csv"), row -> pair(pairs, row.get(0), row.get(2)));
        return frozen(pairs);
    }

    private static Map<String, String[]> forenameVariants() {
        return variants(resource("names/forename-variants-uk.csv"));
    }

    private static Map<String, String[]> variants(InputStream csv) {
        Map<String, Set<String>> pairs = new HashMap<>();
        readCsv(csv, row -> pair(pairs, row.get(0), row.get(1)));
        return frozen(pairs);
    }

    private static void pair(Map<String, Set<String>> pairs, String from, String to) {
        String a = name(from);
        String b = name(to);
        if (a != null && b != null && !a.equals(b)) {
            pairs.computeIfAbsent(a, k -> new LinkedHashSet<>()).add(b);
        }
    }

    private static Map<String, String[]> frozen(Map<String, Set<String>> pairs) {
        Map<String, String[]> frozen = new HashMap<>(pairs.size() * 2);
        pairs.forEach((k, v) -> frozen.put(k, v.toArray(String[]::new)));
        return Map.copyOf(frozen);
    }

    private static String[] postcodes() {
        List<String> postcodes = new ArrayList<>();
        readCsv(resource("gazetteer/trafford-postcodes.csv"), row -> postcodes.add(row.get(0)));
        return postcodes.toArray(String[]::new);
    }

    /** A lower-case name as the lists spell it, or null for entries that are not names ("j.", "true", "andr`e"). */
    static String name(String raw) {
        String name = raw.strip().toLowerCase(Locale.ROOT);
        return NAME.matcher(name).matches() && !NOT_NAMES.contains(name) ? name : null;
    }

    private static double number(String text) {
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static InputStream resource(String path) {
        InputStream in = NameLists.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("The name list " + path + " is missing from the classpath");
        }
        return in;
    }

    private static InputStream open(Path file) {
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file, e);
        }
    }

    /** Reads a CSV with a header row; values may be double-quoted ("Middle-Eastern, Arabic"). */
    static void readCsv(InputStream csv, Consumer<List<String>> rows) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
            reader.readLine();
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    rows.accept(split(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read a name list", e);
        }
    }

    static List<String> split(String line) {
        List<String> values = new ArrayList<>();
        StringBuilder value = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    value.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == ',' && !quoted) {
                values.add(value.toString());
                value.setLength(0);
            } else {
                value.append(c);
            }
        }
        values.add(value.toString());
        return values;
    }

    Tradition tradition(double u) {
        return Tradition.valueOf(traditions.draw(u));
    }

    String forename(Tradition tradition, boolean isMale, double u) {
        return (isMale ? male : female).get(tradition).draw(u);
    }

    String surname(Tradition tradition, double u) {
        return surnames.get(tradition).draw(u);
    }

    /** Nicknames and diminutives of a forename (Robert: Bob, Rob, Bobby...), possibly none. */
    String[] nicknames(String forename) {
        return nicknames.getOrDefault(forename, NONE);
    }

    /** Other spellings and forms of a forename from the ONS-derived list, possibly none. */
    String[] forenameVariants(String forename) {
        return forenameVariants.getOrDefault(forename, NONE);
    }

    /** Other spellings of a surname (Bailey: Bayley), possibly none; empty without the shared lists. */
    String[] surnameVariants(String surname) {
        return surnameVariants.getOrDefault(surname, NONE);
    }

    String postcode(double u) {
        return postcodes[(int) (u * postcodes.length)];
    }

    Set<Tradition> traditions() {
        return surnames.keySet();
    }

    String description() {
        return description;
    }

    private static final String[] NONE = {};
}

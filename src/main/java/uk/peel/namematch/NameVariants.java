package uk.peel.namematch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Which forenames stand for each other: nicknames and diminutives both ways (Bob ↔ Robert, Peggy ↔ Margaret) and
 * spelling or abbreviated variants (Jon ↔ John, Robt ↔ Robert), each with the reason, so a match can explain
 * itself. Built from public lists shipped in {@code src/main/resources/names} (sources and licences in its README).
 */
public final class NameVariants {

    /** Why two forenames are taken to be the same person's. */
    public enum Relation {
        NICKNAME_OF("is a nickname of"),
        HAS_NICKNAME("has the nickname"),
        VARIANT_OF("is a variant of");

        private final String phrase;

        Relation(String phrase) {
            this.phrase = phrase;
        }

        public String phrase() {
            return phrase;
        }
    }

    private final Map<String, Map<String, Relation>> related = new HashMap<>();

    private NameVariants() {
    }

    /** The lists shipped with Peel. */
    public static NameVariants standard() {
        NameVariants variants = new NameVariants();
        variants.read("/names/nicknames.csv", (columns) -> {
            if (columns.length >= 3 && columns[1].equals("has_nickname")) {
                // The list also has pairs the wrong way round ("bob,has_nickname,robert"); a nickname is not
                // longer than the name it shortens, so the longer of the two is taken as the formal name.
                boolean listed = columns[0].length() >= columns[2].length();
                String formal = listed ? columns[0] : columns[2];
                String nickname = listed ? columns[2] : columns[0];
                variants.add(formal, nickname, Relation.HAS_NICKNAME, Relation.NICKNAME_OF);
            }
        });
        variants.read("/names/forename-variants-uk.csv", (columns) -> {
            if (columns.length >= 2) {
                variants.add(columns[0], columns[1], Relation.VARIANT_OF, Relation.VARIANT_OF);
            }
        });
        return variants;
    }

    /**
     * The forenames related to this one, each with how {@code name} relates to it ("bob" → {robert: NICKNAME_OF}).
     * Folded names in, folded names out.
     */
    public Map<String, Relation> of(String name) {
        return Collections.unmodifiableMap(related.getOrDefault(NameTokens.fold(Objects.requireNonNull(name)), Map.of()));
    }

    /** How {@code a} relates to {@code b}, if the lists relate them at all. */
    public Relation relation(String a, String b) {
        return of(a).get(NameTokens.fold(b));
    }

    public int size() {
        return related.size();
    }

    private void add(String first, String second, Relation firstToSecond, Relation secondToFirst) {
        String a = NameTokens.fold(first);
        String b = NameTokens.fold(second);
        if (a.isEmpty() || b.isEmpty() || a.equals(b)) {
            return;
        }
        // A nickname relation is more specific than "variant": keep it when both lists relate a pair.
        related.computeIfAbsent(b, k -> new LinkedHashMap<>()).merge(a, secondToFirst, NameVariants::moreSpecific);
        related.computeIfAbsent(a, k -> new LinkedHashMap<>()).merge(b, firstToSecond, NameVariants::moreSpecific);
    }

    private static Relation moreSpecific(Relation existing, Relation incoming) {
        return existing == Relation.VARIANT_OF ? incoming : existing;
    }

    private void read(String resource, java.util.function.Consumer<String[]> row) {
        InputStream stream = NameVariants.class.getResourceAsStream(resource);
        if (stream == null) {
            throw new IllegalStateException("Name list " + resource + " is missing from the build");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            reader.readLine(); // header
            String line;
            while ((line = reader.readLine()) != null) {
                row.accept(line.split(","));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read name list " + resource, e);
        }
    }
}

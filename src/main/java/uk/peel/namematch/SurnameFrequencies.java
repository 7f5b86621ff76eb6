package uk.peel.namematch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * How common each surname is in the population. Two records agreeing on "Smith" (1.3% of people) is weak evidence
 * that they are the same person; agreeing on "Featherstonehaugh" is strong. Names not in the list are taken to be
 * rarer than any in it.
 */
public final class SurnameFrequencies implements SurnameShares {

    private static final DoubleMetaphone SOUND = new DoubleMetaphone();

    private final Map<String, Double> frequency;
    private final Map<String, Double> soundFrequency = new HashMap<>();
    private final Map<String, Double> keyFrequency = new HashMap<>();
    private final double unlisted;

    SurnameFrequencies(Map<String, Double> frequency) {
        this.frequency = Map.copyOf(frequency);
        this.unlisted = frequency.values().stream().mapToDouble(Double::doubleValue).min().orElse(1e-5) / 2;
        frequency.forEach((name, share) -> {
            soundFrequency.merge(SOUND.doubleMetaphone(name), share, Double::sum);
            PhoneticKeys.of(name).forEach(key -> keyFrequency.merge(key, share, Double::sum));
        });
    }

    public static SurnameFrequencies standardUk() {
        Map<String, Double> frequency = new HashMap<>();
        InputStream stream = SurnameFrequencies.class.getResourceAsStream("/names/surname-frequencies-uk.csv");
        if (stream == null) {
            throw new IllegalStateException("Surname frequency list is missing from the build");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            reader.readLine();
            String line;
            while ((line = reader.readLine()) != null) {
                String[] columns = line.split(",");
                if (columns.length == 2) {
                    frequency.merge(NameTokens.fold(columns[0]), Double.parseDouble(columns[1]), Double::sum);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the surname frequency list", e);
        }
        return new SurnameFrequencies(frequency);
    }

    /** The share of people with this (folded) surname. */
    @Override
    public double of(String surname) {
        return frequency.getOrDefault(surname, unlisted);
    }

    /**
     * The share of people whose surname sounds like this one. Two spellings that merely sound alike are as weak
     * evidence as the commonest name that sounds like them: "Smyth" agreeing with "Smithe" is really agreement on
     * the Smith sound, shared by 1.3% of people, however rare either spelling is.
     */
    @Override
    public double ofSound(String surname) {
        return Math.max(of(surname), soundFrequency.getOrDefault(SOUND.doubleMetaphone(surname), unlisted));
    }

    @Override
    public double ofKey(String soundKey) {
        return keyFrequency.getOrDefault(soundKey, unlisted);
    }
}

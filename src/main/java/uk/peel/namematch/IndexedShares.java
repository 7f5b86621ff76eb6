package uk.peel.namematch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;

/**
 * Surname shares for one search, learnt from the people in the index as well as the national list, as Splink takes
 * term frequencies from the data being linked. The list alone misjudges a population unlike the country's: a
 * force area where a surname missing from the list is common, or a test set drawn from Australian names. The
 * two are blended as if the list were {@value #LIST_PEOPLE} people already counted, so a small index leans on the
 * list and a large one on itself.
 */
final class IndexedShares implements SurnameShares {

    static final int LIST_PEOPLE = 10_000;

    private final IndexReader reader;
    private final SurnameFrequencies list;
    private final double people;
    private final Map<String, Double> shares = new HashMap<>();
    private final Map<String, Double> soundShares = new HashMap<>();
    private final Map<String, Double> keyShares = new HashMap<>();
    private final Map<String, Double> birthShares = new HashMap<>();

    IndexedShares(IndexReader reader, SurnameFrequencies list) {
        this.reader = reader;
        this.list = list;
        this.people = reader.numDocs();
    }

    @Override
    public double of(String surname) {
        return shares.computeIfAbsent(surname, name -> blend(count(NameIndex.SURNAME, name), list.of(name)));
    }

    @Override
    public double ofSound(String surname) {
        double sound = soundShares.computeIfAbsent(surname,
                name -> blend(count(NameIndex.SURNAME_SOUND, PhoneticKeys.primary(name)), list.ofSound(name)));
        return Math.max(of(surname), sound);
    }

    @Override
    public double ofKey(String soundKey) {
        return keyShares.computeIfAbsent(soundKey, key -> blend(count(NameIndex.SURNAME_SOUND, key), list.ofKey(key)));
    }

    /**
     * Other people on record born that day, blended with the calendar as surnames are with the list: test and
     * training data cluster on a few favourite dates, and a date shared by many says less about who someone is.
     * The record being compared is one of those counted, so it is left out.
     */
    @Override
    public double ofBirthDate(DateClue date) {
        return birthShares.computeIfAbsent(date.toString(), key ->
                blend(Math.max(0, count(NameIndex.BIRTH, "d:" + key) - 1), 1.0 / CALENDAR_DAYS));
    }

    private double blend(int counted, double listShare) {
        return (counted + LIST_PEOPLE * listShare) / (people + LIST_PEOPLE);
    }

    private int count(String field, String value) {
        try {
            return reader.docFreq(new Term(field, value));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

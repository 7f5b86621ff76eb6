package uk.peel.crime.integrity;

import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

import uk.peel.incident.SafeguardingFlag;

/**
 * Which incidents a crime data integrity sample is drawn from ({@code peel.crime.integrity.*}): by default every
 * incident closed as crime-related, plus those opened or closed under a category where crimes are often missed
 * (domestic incidents, concern for safety, personal anti-social behaviour, suspicious circumstances, mental
 * health, crime-related with no crime yet established), plus those opened with a flag that usually means a victim
 * (domestic abuse, hate, a child or adult at risk). HMICFRS draws its samples the same way: the incidents where a
 * crime most often goes unrecorded are the ones that were not closed as crimes.
 *
 * @param crimeRelated include every incident closed as crime-related
 * @param categories incident category codes (opening or closing) that put an incident in the population
 * @param flags safeguarding flags at opening that put an incident in the population
 * @param sampleSize the number of incidents a sample draws unless the auditor says otherwise
 */
@ConfigurationProperties("peel.crime.integrity")
public record PopulationRules(Boolean crimeRelated, Set<String> categories, Set<SafeguardingFlag> flags, Integer sampleSize) {

    static final List<String> DEFAULT_CATEGORIES = List.of("CRIME_RELATED", "PS_DOMESTIC", "PS_CONCERN_FOR_SAFETY",
            "ASB_PERSONAL", "PS_SUSPICIOUS", "PS_MENTAL_HEALTH", "PS_CIVIL_DISPUTE");
    static final Set<SafeguardingFlag> DEFAULT_FLAGS = Set.of(SafeguardingFlag.DOMESTIC_ABUSE, SafeguardingFlag.HATE,
            SafeguardingFlag.CHILD_CONCERN, SafeguardingFlag.ADULT_AT_RISK);

    public PopulationRules {
        crimeRelated = crimeRelated == null || crimeRelated;
        categories = categories == null ? Set.copyOf(DEFAULT_CATEGORIES) : Set.copyOf(categories);
        flags = flags == null ? DEFAULT_FLAGS : Set.copyOf(flags);
        sampleSize = sampleSize == null ? 100 : sampleSize;
        if (sampleSize < 1 || sampleSize > IntegrityAudits.MAX_SAMPLE) {
            throw new IllegalArgumentException("peel.crime.integrity.sample-size must be 1 to " + IntegrityAudits.MAX_SAMPLE
                    + ", was " + sampleSize);
        }
    }

    /** In words, for the audit page and the sample's record. */
    public String describe() {
        StringBuilder words = new StringBuilder();
        if (crimeRelated) {
            words.append("closed as crime-related; ");
        }
        if (!categories.isEmpty()) {
            words.append("opened or closed as ").append(String.join(", ", categories.stream().sorted().toList())).append("; ");
        }
        if (!flags.isEmpty()) {
            words.append("flagged at opening ").append(String.join(", ", flags.stream().map(SafeguardingFlag::label).sorted().toList()));
        }
        String text = words.toString().strip();
        return text.endsWith(";") ? text.substring(0, text.length() - 1) : text;
    }
}

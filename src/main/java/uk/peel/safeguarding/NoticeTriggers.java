package uk.peel.safeguarding;

import java.util.EnumMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

import uk.peel.crime.CrimeFlag;
import uk.peel.person.WarningMarker;
import uk.peel.stopsearch.StopConcern;

/**
 * Which records raise which kind of notice ({@code peel.safeguarding.triggers}), each mapped to a type code of
 * {@code peel.safeguarding.types}. Defaults (decision 0015):
 *
 * <ul>
 * <li>crime flags: domestic abuse and honour-based abuse raise a domestic-abuse notice; child sexual abuse and
 *     child sexual exploitation a child concern; modern slavery, disability hate crime and spiking an adult at risk;
 *     the other hate-crime strands an other safeguarding concern. Knife, firearm, corrosive and online flags imply no
 *     vulnerability and raise nothing. An adult-at-risk notice about a victim who is certainly under 18 on the day
 *     is raised as a child concern instead;</li>
 * <li>person record warning markers: mental health, suicidal and self-harm raise a mental-health notice, vulnerable
 *     adult an adult at risk and child at risk a child concern, when an officer records or corrects the record (not
 *     a bulk import) and the marker is in force from no earlier than {@code marker-recent-within} (28 days) before;</li>
 * <li>a stop's safeguarding concern raises the notice of the same name.</li>
 * </ul>
 */
@ConfigurationProperties("peel.safeguarding.triggers")
public record NoticeTriggers(Map<CrimeFlag, String> crimeFlags, Map<WarningMarker.Type, String> markers,
                             Map<StopConcern, String> stopConcerns, java.time.Period markerRecentWithin) {

    public NoticeTriggers {
        markerRecentWithin = markerRecentWithin == null ? java.time.Period.ofDays(28) : markerRecentWithin;
        crimeFlags = crimeFlags == null || crimeFlags.isEmpty() ? defaultCrimeFlags() : Map.copyOf(crimeFlags);
        markers = markers == null || markers.isEmpty() ? Map.of(WarningMarker.Type.MENTAL_HEALTH, "MENTAL_HEALTH",
                WarningMarker.Type.SUICIDAL, "MENTAL_HEALTH", WarningMarker.Type.SELF_HARM, "MENTAL_HEALTH",
                WarningMarker.Type.VULNERABLE_ADULT, "ADULT_AT_RISK", WarningMarker.Type.CHILD_AT_RISK, "CHILD_CONCERN")
                : Map.copyOf(markers);
        if (stopConcerns == null || stopConcerns.isEmpty()) {
            Map<StopConcern, String> byName = new EnumMap<>(StopConcern.class);
            for (StopConcern concern : StopConcern.values()) {
                byName.put(concern, concern.noticeType());
            }
            stopConcerns = Map.copyOf(byName);
        } else {
            stopConcerns = Map.copyOf(stopConcerns);
        }
    }

    private static Map<CrimeFlag, String> defaultCrimeFlags() {
        Map<CrimeFlag, String> flags = new EnumMap<>(CrimeFlag.class);
        flags.put(CrimeFlag.DOMESTIC_ABUSE, "DOMESTIC_ABUSE");
        flags.put(CrimeFlag.HONOUR_BASED_ABUSE, "DOMESTIC_ABUSE");
        flags.put(CrimeFlag.CHILD_SEXUAL_ABUSE, "CHILD_CONCERN");
        flags.put(CrimeFlag.CHILD_SEXUAL_EXPLOITATION, "CHILD_CONCERN");
        flags.put(CrimeFlag.MODERN_SLAVERY, "ADULT_AT_RISK");
        flags.put(CrimeFlag.HATE_DISABILITY, "ADULT_AT_RISK");
        flags.put(CrimeFlag.SPIKING, "ADULT_AT_RISK");
        flags.put(CrimeFlag.HATE_RACE, "OTHER");
        flags.put(CrimeFlag.HATE_RELIGION, "OTHER");
        flags.put(CrimeFlag.HATE_SEXUAL_ORIENTATION, "OTHER");
        flags.put(CrimeFlag.HATE_TRANSGENDER, "OTHER");
        return Map.copyOf(flags);
    }

    /** Fails at start-up, naming the setting, where a trigger names a type the policy does not have. */
    void check(SafeguardingPolicy policy) {
        check(policy, "crime-flags", crimeFlags);
        check(policy, "markers", markers);
        check(policy, "stop-concerns", stopConcerns);
    }

    private static void check(SafeguardingPolicy policy, String setting, Map<?, String> triggers) {
        triggers.forEach((trigger, type) -> {
            if (policy.type(type).isEmpty()) {
                throw new IllegalArgumentException("peel.safeguarding.triggers." + setting + "." + trigger + " raises " + type
                        + ", which is not one of peel.safeguarding.types");
            }
        });
    }
}

package uk.peel.policeuk;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code peel.police-uk}: the force's name as data.police.uk shows it in "Reported by" and "Falls within" and in the
 * file names, and how many postcodes an anonymous map point must stand for at least.
 */
@ConfigurationProperties("peel.police-uk")
public record PoliceUkProperties(String force, Integer minimumPostcodesPerPoint) {

    public PoliceUkProperties {
        force = force == null || force.isBlank() ? "Greater Manchester Police" : force.strip();
        minimumPostcodesPerPoint = minimumPostcodesPerPoint == null ? 5 : minimumPostcodesPerPoint;
        if (minimumPostcodesPerPoint < 1) {
            throw new IllegalStateException("peel.police-uk.minimum-postcodes-per-point must be at least 1");
        }
    }

    /** "greater-manchester" for "Greater Manchester Police", as data.police.uk names its files. */
    public String fileSlug() {
        String name = force.replaceAll("(?i)\\s+(police|constabulary|police service)$", "");
        String slug = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "force" : slug;
    }
}

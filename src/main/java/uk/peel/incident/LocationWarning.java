package uk.peel.incident;

import java.time.Instant;
import java.util.UUID;

/**
 * A warning about a place: what officers going there must know (a dangerous dog, firearms held, violence towards
 * police). Shown while a call handler types the location and on incidents there.
 */
public record LocationWarning(UUID id, IncidentLocation location, Type type, String details, Instant createdAt,
                              String createdBy, Instant withdrawnAt, String withdrawnBy, String withdrawnReason) {

    public enum Type {
        DANGEROUS_DOG("Dangerous dog"),
        FIREARMS("Firearms at the premises"),
        WEAPONS("Weapons at the premises"),
        VIOLENCE_TO_POLICE("Violence towards police"),
        DRUGS("Drugs supply or use"),
        VULNERABLE_OCCUPANT("Vulnerable occupant"),
        HAZARD("Hazard to health"),
        OTHER("Other");

        private final String label;

        Type(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public boolean isActive() {
        return withdrawnAt == null;
    }
}

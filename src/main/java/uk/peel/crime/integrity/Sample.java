package uk.peel.crime.integrity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import uk.peel.incident.IncidentId;

/**
 * A crime data integrity sample: the incidents drawn for one audit, in the order drawn. Never changes once drawn.
 *
 * @param population how many incidents the rules found in the period when it was drawn
 * @param rules the population rules it was drawn with, kept so it can be drawn again and compared
 */
public record Sample(UUID id, String title, Instant from, Instant to, long seed, int requestedSize, long population,
                     PopulationRules rules, Instant drawnAt, String drawnBy, List<IncidentId> incidents) {

    public Sample {
        incidents = List.copyOf(incidents);
    }

    public boolean contains(IncidentId incident) {
        return incidents.contains(incident);
    }
}

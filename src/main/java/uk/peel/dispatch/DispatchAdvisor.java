package uk.peel.dispatch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Service;

import uk.peel.gazetteer.Coordinates;
import uk.peel.incident.GradingScheme;
import uk.peel.incident.Incident;
import uk.peel.incident.IncidentId;
import uk.peel.incident.Incidents;
import uk.peel.resource.Resources;
import uk.peel.resource.Unit;
import uk.peel.resource.UnitType;

/**
 * Recommends the available units to send to an incident, quickest first. A unit whose type does not suit the
 * incident (CID or foot patrol to an emergency, anything but armed response to a firearms call when an armed unit is
 * free) is still listed, lower, with the reason, because the dispatcher decides, not Peel.
 */
@Service
public class DispatchAdvisor {

    /** A position older than this is treated with suspicion: the unit may have moved a long way since. */
    static final Duration STALE_POSITION = Duration.ofMinutes(15);

    private final Incidents incidents;
    private final Resources resources;
    private final TravelTimes travel;
    private final Clock clock;

    DispatchAdvisor(Incidents incidents, Resources resources, TravelTimes travel, Clock clock) {
        this.incidents = incidents;
        this.resources = resources;
        this.travel = travel;
        this.clock = clock;
    }

    public List<Recommendation> recommend(IncidentId id, int limit) {
        Incident incident = incidents.find(id);
        return recommend(incident, resources.available(), limit);
    }

    List<Recommendation> recommend(Incident incident, List<Unit> available, int limit) {
        Instant now = clock.instant();
        GradingScheme.Grade grade = incidents.grading().find(incident.grade()).orElse(null);
        Duration target = grade == null || grade.attendWithin() == null ? null : grade.attendWithin();
        Duration left = target == null ? null : Duration.between(now, incident.createdAt().plus(target));
        Coordinates scene = incident.location().hasPosition()
                ? Coordinates.of(incident.location().latitude(), incident.location().longitude()) : null;
        Set<UnitType> preferred = UnitSuitability.preferredFor(incident, grade);
        boolean preferredFree = available.stream().anyMatch(unit -> preferred.contains(unit.type()));
        List<RankedUnit> ranked = new ArrayList<>();
        for (Unit unit : available) {
            List<String> reasons = new ArrayList<>();
            Double kilometres = null;
            Duration eta = null;
            if (scene == null) {
                reasons.add("the incident's location has no position yet: add a postcode or coordinates to rank by distance");
            } else if (unit.position() == null) {
                reasons.add("no position reported");
            } else {
                TravelTimes.Estimate estimate = travel.estimate(unit,
                        Coordinates.of(unit.position().latitude(), unit.position().longitude()), scene);
                kilometres = estimate.kilometres();
                eta = estimate.time();
                reasons.add(String.format(Locale.UK, "%.1f km away, about %s (%s)", kilometres, minutes(eta), estimate.method()));
                Duration age = Duration.between(unit.position().at(), now);
                if (age.compareTo(STALE_POSITION) > 0) {
                    reasons.add("position last reported " + minutes(age) + " ago");
                }
            }
            boolean meets = left != null && eta != null && eta.compareTo(left) <= 0;
            if (left != null && eta != null) {
                reasons.add(meets ? "can arrive within the grade's target (" + minutes(left.isNegative() ? Duration.ZERO : left) + " left)"
                        : "would arrive after the grade's target");
            }
            boolean suits = preferred.isEmpty() || preferred.contains(unit.type()) || !preferredFree;
            if (!suits) {
                reasons.add(unit.type().label() + " unit: " + UnitSuitability.why(preferred) + " is free");
            } else if (!preferred.isEmpty() && preferred.contains(unit.type())) {
                reasons.add(unit.type().label() + " suits this incident");
            }
            if (!unit.skills().isEmpty()) {
                reasons.add("skills: " + String.join(", ", unit.skills().stream().sorted().toList()));
            }
            ranked.add(new RankedUnit(new Recommendation(unit, kilometres, eta, meets, List.copyOf(reasons)), suits));
        }
        // Suitable units first, then those with an estimate, quickest first; call sign breaks ties so the order is stable.
        ranked.sort(Comparator.comparing((RankedUnit r) -> !r.suits())
                .thenComparing(r -> r.recommendation().eta() == null)
                .thenComparing(r -> r.recommendation().eta() == null ? Duration.ZERO : r.recommendation().eta())
                .thenComparing(r -> r.recommendation().unit().callSign()));
        return ranked.stream().limit(limit).map(RankedUnit::recommendation).toList();
    }

    private record RankedUnit(Recommendation recommendation, boolean suits) {
    }

    static String minutes(Duration duration) {
        long seconds = Math.max(0, duration.toSeconds());
        return seconds < 90 ? seconds + " s" : Math.round(seconds / 60.0) + " min";
    }
}

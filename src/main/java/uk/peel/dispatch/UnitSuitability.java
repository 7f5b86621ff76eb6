package uk.peel.dispatch;

import java.util.EnumSet;
import java.util.Set;

import uk.peel.incident.GradingScheme;
import uk.peel.incident.Incident;
import uk.peel.resource.UnitType;

/**
 * Which kinds of unit suit an incident: armed response for a weapons call, roads policing for a collision,
 * response or dogs for other emergencies (not CID or foot patrol, which cannot get there fast). Empty means any.
 */
final class UnitSuitability {

    private UnitSuitability() {
    }

    static Set<UnitType> preferredFor(Incident incident, GradingScheme.Grade grade) {
        String category = incident.openingCategory();
        if (category.equals("CRIME_WEAPONS")) {
            return EnumSet.of(UnitType.ARMED_RESPONSE);
        }
        if (category.startsWith("TR_")) {
            return EnumSet.of(UnitType.ROADS_POLICING, UnitType.RESPONSE);
        }
        boolean emergency = grade != null && grade.attendWithin() != null && grade.attendWithin().toMinutes() <= 15;
        if (emergency) {
            return EnumSet.of(UnitType.RESPONSE, UnitType.ROADS_POLICING, UnitType.DOG, UnitType.ARMED_RESPONSE,
                    UnitType.PUBLIC_ORDER);
        }
        return EnumSet.noneOf(UnitType.class);
    }

    static String why(Set<UnitType> preferred) {
        return "a " + String.join(" or ", preferred.stream().map(t -> t.label().toLowerCase(java.util.Locale.UK)).toList())
                + " unit";
    }
}

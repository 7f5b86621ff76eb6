package uk.peel.person;

import java.util.List;

/**
 * An officer's record or correction put warning markers in force that were not in force on the version before
 * (published with the transaction that stored it, only when there are some, so ordinary writes cost nothing more).
 * Bulk imports and merges do not publish it: their markers were recorded in the systems they came from.
 */
public record WarningMarkersAdded(PersonId personId, int version, List<WarningMarker.Type> types) {

    public WarningMarkersAdded {
        types = List.copyOf(types);
    }
}

package uk.peel.controlroom;

import java.time.Instant;
import java.util.List;

/**
 * What a live board shows for one incident or unit, sent to every open board when it changes. Holds no caller
 * details: boards are seen across the control room.
 */
public sealed interface BoardRow {

    /** When the change was committed, so a board (and the load benchmark) can tell how late it arrived. */
    Instant at();

    record IncidentRow(String type, Instant at, String id, String reference, String grade, String status,
                       String statusLabel, String category, String location, Double latitude, Double longitude,
                       Instant createdAt, Instant attendDue, boolean breached, boolean escalated, List<String> units,
                       List<String> flags) implements BoardRow {
    }

    record UnitRow(String type, Instant at, String callSign, String unitType, String status, String statusLabel,
                   String incidentReference, String incidentId, Double latitude, Double longitude, Instant positionAt,
                   List<String> crew) implements BoardRow {
    }

    record AlertRow(String type, Instant at, String incidentId, String reference, String kind, String role,
                    String message) implements BoardRow {
    }
}

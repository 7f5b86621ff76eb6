package uk.peel.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Everything the server acknowledged (answered 2xx) during a run, kept to check after a crash that none of it was
 * lost: each incident's latest acknowledged version and status, each unit's latest acknowledged version, and every
 * unit status change, which must be in the unit's status log.
 *
 * <p>Versions are the check that covers every kind of change (each bumps its record's version by one), so a
 * record found at a version below the one acknowledged has lost a change. Requests in flight at the crash may have
 * committed without being answered: finding a record ahead of what was acknowledged is expected, not an error.
 */
final class Acknowledged {

    /** A unit status change as the unit log records it: the status, and the incident while committed to one. */
    record StatusChange(String callSign, String status, String incidentId) {
    }

    /** A record as found after the restart. */
    record Found(int version, String status) {
    }

    private final Map<String, Found> incidents = new ConcurrentHashMap<>();
    private final Map<String, Integer> units = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<StatusChange> changes = new ConcurrentLinkedQueue<>();
    private final AtomicLong acknowledged = new AtomicLong();

    void incident(String id, int version, String status) {
        incidents.merge(id, new Found(version, status), (had, now) -> now.version() >= had.version() ? now : had);
        acknowledged.incrementAndGet();
    }

    void unit(String callSign, int version) {
        units.merge(callSign, version, Math::max);
    }

    void statusChange(String callSign, String status, String incidentId) {
        changes.add(new StatusChange(callSign, status, incidentId));
    }

    /** Acknowledged requests so far (one per request answered 2xx, whatever it changed). */
    long count() {
        return acknowledged.get();
    }

    void counted() {
        acknowledged.incrementAndGet();
    }

    Set<String> incidentIds() {
        return incidents.keySet();
    }

    Set<String> callSigns() {
        return units.keySet();
    }

    /** The units with at least one acknowledged status change. */
    Set<String> callSignsWithChanges() {
        Set<String> signs = new java.util.TreeSet<>();
        changes.forEach(change -> signs.add(change.callSign()));
        return signs;
    }

    int statusChanges() {
        return changes.size();
    }

    /**
     * What was acknowledged and is not there, one line each: an incident missing or at an earlier version (or not
     * closed when its closure was acknowledged), a unit at an earlier version, and unit status changes missing from
     * the unit's log (counted per unit, status and incident, as the log has no request id to match on).
     *
     * @param foundIncidents by id; an id absent from the map was not found
     * @param foundUnits versions by call sign
     * @param logs each unit's status log as (status, incident id) entries
     */
    List<String> lost(Map<String, Found> foundIncidents, Map<String, Integer> foundUnits,
                      Map<String, List<StatusChange>> logs) {
        List<String> lost = new ArrayList<>();
        incidents.forEach((id, acked) -> {
            Found found = foundIncidents.get(id);
            if (found == null) {
                lost.add("incident " + id + " (acknowledged at version " + acked.version() + ") is missing");
            } else if (found.version() < acked.version()) {
                lost.add("incident " + id + " is at version " + found.version() + ", acknowledged at " + acked.version());
            } else if (acked.status().equals("CLOSED") && !found.status().equals("CLOSED")) {
                lost.add("incident " + id + " was acknowledged closed and is " + found.status());
            }
        });
        units.forEach((callSign, version) -> {
            Integer found = foundUnits.get(callSign);
            if (found == null || found < version) {
                lost.add("unit " + callSign + " is at version " + found + ", acknowledged at " + version);
            }
        });
        Map<StatusChange, Integer> wanted = new HashMap<>();
        changes.forEach(change -> wanted.merge(change, 1, Integer::sum));
        Map<StatusChange, Integer> logged = new HashMap<>();
        logs.values().forEach(entries -> entries.forEach(entry -> logged.merge(entry, 1, Integer::sum)));
        wanted.forEach((change, count) -> {
            int there = Objects.requireNonNullElse(logged.get(change), 0);
            if (there < count) {
                lost.add("unit " + change.callSign() + ": " + (count - there) + " acknowledged change(s) to " + change.status()
                        + (change.incidentId() == null ? "" : " on " + change.incidentId()) + " not in its log");
            }
        });
        return lost;
    }
}

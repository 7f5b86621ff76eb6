package uk.peel.safeguarding;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import uk.peel.person.PersonId;
import uk.peel.person.PersonRecords;
import uk.peel.person.WarningMarker;
import uk.peel.person.WarningMarkersAdded;
import uk.peel.platform.ForceTime;

/**
 * Raises a notice when an officer adds a vulnerability warning marker to a person record (see
 * {@link NoticeTriggers}): the record's version that added it raises the notice once, however often its event is
 * delivered. Records loaded by a bulk import raise nothing (the person module publishes no event for them): a legacy
 * system's markers were acted on in that system, and loading millions of them must not fill the safeguarding
 * queues. Nor does a marker entered as history, in force from more than {@code marker-recent-within} (28 days)
 * before it was recorded: the concern it records was known, and dealt with, then (decision 0015).
 */
@Component
class PersonMarkersRaiseNotices {

    private final PersonRecords persons;
    private final Ppns ppns;
    private final SafeguardingPolicy policy;
    private final NoticeTriggers triggers;

    PersonMarkersRaiseNotices(PersonRecords persons, Ppns ppns, SafeguardingPolicy policy, NoticeTriggers triggers) {
        this.persons = persons;
        this.ppns = ppns;
        this.policy = policy;
        this.triggers = triggers;
    }

    @ApplicationModuleListener
    void on(WarningMarkersAdded event) {
        if (event.types().stream().anyMatch(triggers.markers()::containsKey)) {
            raise(event.personId(), event.version());
        }
    }

    private void raise(PersonId id, int version) {
        persons.markersAdded(id, version).ifPresent(added -> {
            Map<String, Set<WarningMarker>> byType = new LinkedHashMap<>();
            java.time.LocalDate recorded = java.time.LocalDate.ofInstant(added.version().recordedAt(), ForceTime.ZONE);
            for (WarningMarker marker : added.markers()) {
                String type = triggers.markers().get(marker.type());
                boolean current = marker.from() == null || !marker.from().isBefore(recorded.minus(triggers.markerRecentWithin()));
                if (type != null && current) {
                    byType.computeIfAbsent(type, t -> new LinkedHashSet<>()).add(marker);
                }
            }
            String name = added.version().details().fullName();
            byType.forEach((code, markers) -> policy.type(code).ifPresent(type -> {
                String what = String.join(", ", markers.stream().map(m -> m.type().label().toLowerCase(Locale.UK)).toList());
                String details = String.join(" ", markers.stream().filter(m -> m.details() != null && !m.details().isBlank())
                        .map(m -> m.type().label() + ": " + m.details().strip()).toList());
                String summary = "Warning marker" + (markers.size() > 1 ? "s " : " ") + what + " added to the person record of "
                        + name + " (version " + version + (added.version().reason() == null ? "" : ": " + added.version().reason())
                        + ")." + (details.isEmpty() ? "" : " " + details);
                ppns.raiseFrom(new RecordConcern(PpnLink.Kind.PERSON_MARKER, id.value(), "version " + version, name,
                        PpnSource.PERSON_RECORD, type, Risk.STANDARD, summary, List.of(new PpnPerson(id, name, PersonRole.SUBJECT)),
                        null, added.version().recordedAt(), added.version().recordedBy(), what + " marker added"));
            }));
        });
    }
}

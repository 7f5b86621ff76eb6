package uk.peel.safeguarding;

import java.util.List;
import java.util.Locale;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import uk.peel.person.PersonId;
import uk.peel.person.PersonRecords;
import uk.peel.platform.ForceTime;
import uk.peel.stopsearch.Stop;
import uk.peel.stopsearch.StopRecorded;
import uk.peel.stopsearch.Stops;

/**
 * Raises a notice for the safeguarding concern an officer recorded on a stop (a child at risk of exploitation found
 * carrying drugs for someone else, a person in mental-health crisis), naming the person stopped. Idempotent per
 * stop and type, so the stop's event redelivered after a crash leaves one notice.
 */
@Component
class StopsRaiseNotices {

    private static final java.time.format.DateTimeFormatter SHOWN =
            java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK).withZone(ForceTime.ZONE);

    private final Stops stops;
    private final PersonRecords persons;
    private final Ppns ppns;
    private final SafeguardingPolicy policy;
    private final NoticeTriggers triggers;

    StopsRaiseNotices(Stops stops, PersonRecords persons, Ppns ppns, SafeguardingPolicy policy, NoticeTriggers triggers) {
        this.stops = stops;
        this.persons = persons;
        this.ppns = ppns;
        this.policy = policy;
        this.triggers = triggers;
    }

    @ApplicationModuleListener
    void on(StopRecorded event) {
        if (event.concern() == null) {
            return;
        }
        String code = triggers.stopConcerns().get(event.concern());
        if (code == null) {
            return;
        }
        policy.type(code).ifPresent(type -> {
            Stop stop = stops.find(event.stopId());
            String name = stop.personId() == null ? stop.describePerson()
                    : persons.currentForDerivedData(List.of(new PersonId(stop.personId()))).stream().findFirst()
                    .map(p -> p.details().fullName()).orElse(stop.describePerson());
            PersonRole role = type.code().equals("CHILD_CONCERN") ? PersonRole.CHILD
                    : type.dash() ? PersonRole.VICTIM : PersonRole.SUBJECT;
            String summary = stop.concern().label() + ": " + stop.concernDetails() + " (" + stop.type().label().toLowerCase(Locale.UK)
                    + " " + stop.reference() + " by " + stop.officer() + " at " + stop.location().describe() + ", "
                    + SHOWN.format(stop.stoppedAt()) + (stop.legislation() == null ? "" : ", under " + stop.legislation().label())
                    + (stop.outcome() == null ? "" : "; outcome: " + stop.outcome().label().toLowerCase(Locale.UK)) + ").";
            ppns.raiseFrom(new RecordConcern(PpnLink.Kind.STOP, stop.id().value(), "", stop.reference(), PpnSource.STOP, type,
                    Risk.MEDIUM, summary, List.of(new PpnPerson(stop.personId() == null ? null : new PersonId(stop.personId()), name, role)),
                    null, stop.recordedAt(), stop.recordedBy(), stop.concern().label().toLowerCase(Locale.UK)));
        });
    }
}

package uk.peel.investigation;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import uk.peel.crime.CrimeChanged;
import uk.peel.crime.CrimeRecorded;
import uk.peel.platform.access.CurrentUser;

/**
 * Opens an investigation for every crime recorded, and keeps it in step when the crime is cancelled or
 * reclassified. The events are in the publication log with the crime's own transaction, so a crash between the
 * two is replayed, not lost; {@link Investigations#open} also opens on first use, whatever happened to the event.
 */
@Component
class InvestigationOpening {

    private final Investigations investigations;

    InvestigationOpening(Investigations investigations) {
        this.investigations = investigations;
    }

    @ApplicationModuleListener
    void on(CrimeRecorded recorded) {
        CurrentUser.actingAs(CurrentUser.SYSTEM, () -> investigations.open(recorded.crimeId()));
    }

    @ApplicationModuleListener
    void on(CrimeChanged changed) {
        CurrentUser.actingAs(CurrentUser.SYSTEM, () -> {
            investigations.crimeChanged(changed.crimeId());
            return null;
        });
    }
}

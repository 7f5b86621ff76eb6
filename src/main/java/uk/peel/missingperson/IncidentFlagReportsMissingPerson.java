package uk.peel.missingperson;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import uk.peel.incident.IncidentOpened;
import uk.peel.incident.SafeguardingFlag;

/**
 * Opens a missing person report when a call handler flags an incident as a missing person, through the incident's
 * persisted event (resubmitted after a crash; one report per incident however often it is delivered).
 */
@Component
class IncidentFlagReportsMissingPerson {

    private final MissingPersons missing;

    IncidentFlagReportsMissingPerson(MissingPersons missing) {
        this.missing = missing;
    }

    @ApplicationModuleListener
    void on(IncidentOpened event) {
        if (event.safeguarding().contains(SafeguardingFlag.MISSING_PERSON)) {
            missing.reportFromIncident(event.incidentId(), event.at());
        }
    }
}

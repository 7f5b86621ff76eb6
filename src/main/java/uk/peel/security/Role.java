package uk.peel.security;

import static uk.peel.platform.access.Permission.*;

import java.util.EnumSet;
import java.util.Set;

import uk.peel.platform.access.Permission;

/**
 * The jobs people do in a force, each granting the permissions that job needs and no more. Later capabilities
 * add their permissions here.
 */
public enum Role {
    CALL_HANDLER("Call handler", USE_PEEL, GAZETTEER_READ, PERSON_READ, PERSON_CREATE, INCIDENT_READ, INCIDENT_CREATE, UNIT_READ),
    DISPATCHER("Dispatcher", USE_PEEL, GAZETTEER_READ, PERSON_READ, INCIDENT_READ, INCIDENT_CREATE, INCIDENT_DISPATCH, INCIDENT_CLOSE,
            UNIT_READ, UNIT_STATUS, UNIT_MANAGE),
    /** Raises public protection notices and completes the DASH risk assessment with the victim. */
    RESPONSE_OFFICER("Response officer", USE_PEEL, GAZETTEER_READ, PERSON_READ, PERSON_CREATE, PERSON_CORRECT, INCIDENT_READ, UNIT_READ,
            UNIT_STATUS, PPN_READ, PPN_RAISE, PPN_ASSESS, MISSING_PERSON_READ, MISSING_PERSON_REPORT, CRIME_READ, CRIME_RECORD,
            STOP_READ, STOP_RECORD),
    INVESTIGATOR("Investigator", USE_PEEL, GAZETTEER_READ, PERSON_READ, PERSON_CREATE, PERSON_CORRECT, PERSON_HISTORY_READ,
            CRIME_READ, CRIME_RECORD),
    /** A sergeant: Grade 2 incidents still waiting for a unit are escalated to supervisors. */
    SUPERVISOR("Supervisor", USE_PEEL, GAZETTEER_READ, PERSON_READ, PERSON_CREATE, PERSON_CORRECT, PERSON_HISTORY_READ, PERSON_MERGE,
            INCIDENT_READ, INCIDENT_DISPATCH, INCIDENT_CLOSE, UNIT_READ, UNIT_STATUS, CONTROL_ROOM_DASHBOARD,
            PPN_READ, PPN_RAISE, PPN_ASSESS, SAFEGUARDING_DASHBOARD, MISSING_PERSON_READ, MISSING_PERSON_REPORT,
            MISSING_PERSON_MANAGE, CRIME_READ, CRIME_RECORD, CRIME_AUDIT, INVESTIGATION_SUPERVISE, STOP_READ, STOP_RECORD),
    /** Owns the control room's risk on a shift: Grade 1 incidents with no unit are escalated here at once. */
    DUTY_INSPECTOR("Duty inspector", USE_PEEL, GAZETTEER_READ, PERSON_READ, PERSON_HISTORY_READ, INCIDENT_READ, INCIDENT_CREATE,
            INCIDENT_DISPATCH, INCIDENT_CLOSE, UNIT_READ, UNIT_STATUS, UNIT_MANAGE, CONTROL_ROOM_DASHBOARD, PPN_READ,
            SAFEGUARDING_DASHBOARD, MISSING_PERSON_READ, MISSING_PERSON_REPORT, MISSING_PERSON_MANAGE, CRIME_READ, CRIME_AUDIT,
            INVESTIGATION_SUPERVISE, OUTCOME_FINALISE, STOP_READ),
    /** The safeguarding team: triages every notice, refers it to partner agencies and closes it with an outcome. */
    PUBLIC_PROTECTION("Public protection", USE_PEEL, GAZETTEER_READ, PERSON_READ, PERSON_CREATE, PERSON_CORRECT, PERSON_HISTORY_READ,
            INCIDENT_READ, PPN_READ, PPN_RAISE, PPN_ASSESS, PPN_TRIAGE, PPN_REFER, SAFEGUARDING_DASHBOARD,
            MISSING_PERSON_READ, MISSING_PERSON_REPORT, MISSING_PERSON_MANAGE, CRIME_READ, STOP_READ),
    INTELLIGENCE("Intelligence", USE_PEEL, GAZETTEER_READ, PERSON_READ, PERSON_CREATE, PERSON_CORRECT, PERSON_HISTORY_READ, PERSON_MERGE),
    /** The Force Crime Registrar and their team: the force's arbiter of the counting rules. */
    CRIME_REGISTRAR("Crime registrar", USE_PEEL, GAZETTEER_READ, PERSON_READ, PERSON_HISTORY_READ, INCIDENT_READ, CRIME_READ,
            CRIME_RECORD, CRIME_APPROVE, CRIME_AUDIT, CRIME_DATA_INTEGRITY, CRIME_RETURNS, OUTCOME_FINALISE,
            CRIME_PUBLISH),
    /** A designated decision maker: approves or refuses the cancellation and reclassification of crimes. */
    DECISION_MAKER("Designated decision maker", USE_PEEL, GAZETTEER_READ, PERSON_READ, INCIDENT_READ, CRIME_READ, CRIME_APPROVE,
            CRIME_AUDIT),
    AUDITOR("Auditor", USE_PEEL, GAZETTEER_READ, PERSON_READ, PERSON_HISTORY_READ, AUDIT_READ, CRIME_READ, CRIME_AUDIT,
            CRIME_DATA_INTEGRITY, STOP_READ),
    ADMINISTRATOR("Administrator", Permission.values());

    private final String title;
    private final Set<Permission> permissions;

    Role(String title, Permission... permissions) {
        this.title = title;
        this.permissions = Set.copyOf(EnumSet.of(permissions[0], permissions));
    }

    public String title() {
        return title;
    }

    public Set<Permission> permissions() {
        return permissions;
    }

    public boolean grants(Permission permission) {
        return permissions.contains(permission);
    }
}

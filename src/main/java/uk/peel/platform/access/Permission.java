package uk.peel.platform.access;

/**
 * What a user may do. Pages and API operations declare one with {@link RequiresPermission}; roles grant sets of
 * them ({@link Role}). Granted to users as authorities with the same name.
 */
public enum Permission {
    /** Open Peel at all: the home page and one's own account. */
    USE_PEEL,
    PERSON_READ,
    PERSON_CREATE,
    PERSON_CORRECT,
    /** Read earlier versions of a record: what it said before a correction. */
    PERSON_HISTORY_READ,
    /** Bulk-load records from a legacy system. */
    PERSON_IMPORT,
    /** Merge two records of the same person into one, and undo a merge. */
    PERSON_MERGE,
    /** Answer "who looked at this person" and "what did this user look at". */
    AUDIT_READ,
    /** Look up postcodes and places in the gazetteer: reference data, not personal data, open to every role. */
    GAZETTEER_READ,
    /** See incidents, their logs and the control room's boards. */
    INCIDENT_READ,
    /** Take a call: open an incident, add to its log, link a second call. */
    INCIDENT_CREATE,
    /** Send units to incidents and move them through en route, at scene and clear; regrade. */
    INCIDENT_DISPATCH,
    /** Close an incident with its closing category and result. */
    INCIDENT_CLOSE,
    /** See units, their status and position. */
    UNIT_READ,
    /** Report a unit's status and position (in-vehicle and handheld devices, and officers themselves). */
    UNIT_STATUS,
    /** Put units on the board: call sign, type, skills, crew and shift. */
    UNIT_MANAGE,
    /** The control room's performance: answer, assign and attend times, breaches. */
    CONTROL_ROOM_DASHBOARD,
    /** See public protection notices (PPNs), their risk assessments, referrals and log. */
    PPN_READ,
    /** Raise a public protection notice about someone vulnerable. */
    PPN_RAISE,
    /** Complete a notice's risk assessment (the DASH checklist for domestic abuse). */
    PPN_ASSESS,
    /** Triage a notice for the safeguarding team and close it with its outcome. */
    PPN_TRIAGE,
    /** Refer a notice to a partner agency: a disclosure of personal data, audited with its recipient. */
    PPN_REFER,
    /** The safeguarding queues' ages, breaches and escalations, per team and force-wide. */
    SAFEGUARDING_DASHBOARD,
    /** See missing person reports and the live list of people missing. */
    MISSING_PERSON_READ,
    /** Report someone missing, record a sighting, record them found. */
    MISSING_PERSON_REPORT,
    /** Grade a missing person's risk, review the investigation, record the return-home interview and close. */
    MISSING_PERSON_MANAGE,
    /** See crimes and crime recording decisions. */
    CRIME_READ,
    /** Make a crime recording decision (record the crime, or "not a crime" with a reason); ask for a crime to be
     * cancelled or reclassified; allocate a crime. */
    CRIME_RECORD,
    /** Approve or refuse a cancellation or reclassification: designated decision makers and the Force Crime
     * Registrar only (Home Office Counting Rules, section C). */
    CRIME_APPROVE,
    /** The force-wide view of crime recording: every decision due, breached clocks, the reconciliation. */
    CRIME_AUDIT,
    /** Crime data integrity (CDI) audits: draw a sample of incidents, review each (incident log, decision, crimes)
     * and judge whether every crime was recorded; sees the personal data the review needs. Auditors and the Force
     * Crime Registrar. */
    CRIME_DATA_INTEGRITY,
    /** Produce the Home Office monthly recorded-crime return: a disclosure of record-level crime data. */
    CRIME_RETURNS,
    /** Allocate crimes to teams and officers, name the supervisor, and review investigations (sergeants and above). */
    INVESTIGATION_SUPERVISE,
    /** Finalise any investigation with its Home Office outcome, not only those one supervises. */
    OUTCOME_FINALISE,
    /** Produce the data.police.uk publication files: a disclosure, audited with its counts. */
    CRIME_PUBLISH,
    /** See stop and search and stop and account records. */
    STOP_READ,
    /** Record a stop and search or a stop and account, with any safeguarding concern about the person. */
    STOP_RECORD,
    USER_ADMIN,
    METRICS_READ
}

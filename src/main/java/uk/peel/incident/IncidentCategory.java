package uk.peel.incident;

/**
 * An incident type from the force's category list (NSIR structure): used to open an incident on what the caller
 * says, and to close it on what it turned out to be.
 *
 * @param crimeRelated whether closing on this category is a crime report needing a recording decision
 */
public record IncidentCategory(String code, String label, String group, boolean crimeRelated) {
}

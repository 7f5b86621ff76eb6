package uk.peel.incident;

import jakarta.validation.constraints.Size;

/**
 * The THRIVE assessment the call handler makes: Threat, Harm, Risk, Investigation, Vulnerability, Engagement.
 * Each is the handler's own words; together they justify the grade.
 */
public record Thrive(
        @Size(max = 1000, message = "must be at most 1000 characters") String threat,
        @Size(max = 1000, message = "must be at most 1000 characters") String harm,
        @Size(max = 1000, message = "must be at most 1000 characters") String risk,
        @Size(max = 1000, message = "must be at most 1000 characters") String investigation,
        @Size(max = 1000, message = "must be at most 1000 characters") String vulnerability,
        @Size(max = 1000, message = "must be at most 1000 characters") String engagement) {

    public static final Thrive NOT_YET = new Thrive(null, null, null, null, null, null);
}

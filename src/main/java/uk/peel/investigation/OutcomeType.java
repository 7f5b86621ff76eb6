package uk.peel.investigation;

/**
 * One Home Office crime outcome type and how data.police.uk publishes it.
 *
 * @param code the Home Office outcome number, such as "1" (charged/summonsed) or "18" (no suspect identified)
 * @param policeUkOutcomeType the outcomes file's {@code Outcome type}
 * @param policeUkLastOutcomeCategory the street-level file's {@code Last outcome category}
 */
public record OutcomeType(String code, String description, String policeUkOutcomeType, String policeUkLastOutcomeCategory) {

    /** "18 Investigation complete: no suspect identified", as lists and logs show it. */
    public String describe() {
        return code + " " + description;
    }
}

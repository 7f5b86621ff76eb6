package uk.peel.crime;

/**
 * One Home Office notifiable offence classification.
 *
 * @param policeUkCrimeType the data.police.uk crime type it is published under
 * @param recordable false for codes kept only so that older crimes still read correctly
 * @param victimBased true where the rules count one crime per victim, so a victim is needed to record it
 */
public record Offence(String code, String offence, String group, String category, String policeUkCrimeType,
                      boolean recordable, boolean victimBased) {

    /** "8N Assault with injury", as lists and logs show it. */
    public String describe() {
        return code + " " + offence;
    }
}

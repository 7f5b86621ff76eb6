package uk.peel.person;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A warning that keeps officers and the person safe, shown wherever the person appears (for example "violent",
 * "weapons", "self-harm"). A marker can lapse; it is never deleted, so its history is kept.
 */
public record WarningMarker(
        @NotNull(message = "choose the kind of warning") Type type,
        @Size(max = 1000, message = "must be at most 1000 characters") String details,
        LocalDate from,
        LocalDate until) {

    public enum Type {
        VIOLENT("Violent"), WEAPONS("Weapons"), FIREARMS("Firearms"), SELF_HARM("Self-harm"), SUICIDAL("Suicidal"),
        MENTAL_HEALTH("Mental health"), DRUGS("Drugs"), ESCAPER("Escaper"), CONTAGIOUS("Contagious"),
        AILMENT("Ailment"), ALLEGES("Alleges"), EXPLOSIVES("Explosives"), FEMALE_IMPERSONATOR("Female impersonator"),
        MALE_IMPERSONATOR("Male impersonator"),
        // Not PNC warning signals but local safeguarding markers that forces keep beside them; adding one to a
        // record raises a public protection notice (see the safeguarding module's NoticeTriggers).
        VULNERABLE_ADULT("Vulnerable adult"), CHILD_AT_RISK("Child at risk");

        private final String label;

        Type(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public boolean activeOn(LocalDate day) {
        return (from == null || !from.isAfter(day)) && (until == null || !until.isBefore(day));
    }
}

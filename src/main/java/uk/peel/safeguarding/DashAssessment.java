package uk.peel.safeguarding;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A completed DASH risk assessment: the victim's answer to every question, the officer's professional judgement,
 * and the grade Peel derived from them with the reasons, so the grade explains itself.
 *
 * @param answers the answer to each question, by its number (1 to 27)
 * @param judgement the officer's professional judgement of the risk, or null where they made none
 * @param judgementReason why, in the officer's words (required with a judgement)
 * @param reasons how the grade was reached, in words
 * @param repeatVictim the victim was on another domestic-abuse notice within the repeat window
 * @param repeatPerpetrator the person causing harm was on another domestic-abuse notice within the repeat window
 */
public record DashAssessment(Map<Integer, DashAnswer> answers, Risk judgement, String judgementReason, Risk grade,
                             int yesCount, int declinedCount, List<String> reasons, boolean repeatVictim,
                             boolean repeatPerpetrator, boolean potentialEscalation, Instant completedAt,
                             String completedBy) {

    public DashAssessment {
        answers = Map.copyOf(answers);
        reasons = List.copyOf(reasons);
    }

    /** The answer to a question by its number, for the page. */
    public DashAnswer answer(int number) {
        return answers.get(number);
    }

    public boolean refersToMarac() {
        return grade == Risk.HIGH || potentialEscalation;
    }
}

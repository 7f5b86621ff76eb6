package uk.peel.safeguarding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import uk.peel.platform.FieldProblem;
import uk.peel.platform.InvalidInputException;

/**
 * Grades a DASH checklist: high at the force's threshold of "yes" answers (14 nationally) or on the officer's
 * professional judgement, medium at the lower threshold, otherwise standard. A judgement can raise a grade and
 * never lower it: the count is a floor, because a victim who answers "yes" 14 times is at high risk whatever the
 * officer thinks. Declined answers count as neither yes nor no, and are reported so a reviewer sees the gaps.
 */
final class DashGrading {

    record Result(Risk grade, int yesCount, int declinedCount, List<String> reasons) {
    }

    private DashGrading() {
    }

    static Result grade(Map<Integer, DashAnswer> answers, Risk judgement, String judgementReason, SafeguardingPolicy.Dash thresholds) {
        List<FieldProblem> problems = new ArrayList<>();
        for (Integer number : answers.keySet()) {
            if (number == null || number < 1 || number > DashChecklist.SIZE) {
                problems.add(new FieldProblem("answers", "there is no DASH question " + number));
            }
        }
        for (DashChecklist.Question question : DashChecklist.QUESTIONS) {
            if (answers.get(question.number()) == null) {
                problems.add(new FieldProblem("answers-" + question.number(),
                        "Answer question " + question.number() + " (yes, no or declined to answer)"));
            }
        }
        if (judgement != null && (judgementReason == null || judgementReason.isBlank())) {
            problems.add(new FieldProblem("judgementReason", "Explain your professional judgement"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        int yes = (int) answers.values().stream().filter(DashAnswer.YES::equals).count();
        int declined = (int) answers.values().stream().filter(DashAnswer.DECLINED::equals).count();
        Risk byCount = yes >= thresholds.highAt() ? Risk.HIGH : yes >= thresholds.mediumAt() ? Risk.MEDIUM : Risk.STANDARD;
        List<String> reasons = new ArrayList<>();
        reasons.add(yes + " of " + DashChecklist.SIZE + " risk factors present: " + byCount.label().toLowerCase(java.util.Locale.UK)
                + " risk by count (high at " + thresholds.highAt() + ", medium at " + thresholds.mediumAt() + ")");
        Risk grade = byCount;
        if (judgement != null) {
            if (judgement.compareTo(byCount) > 0) {
                grade = judgement;
                reasons.add("raised to " + judgement.label().toLowerCase(java.util.Locale.UK) + " on the officer's professional judgement: "
                        + judgementReason.strip());
            } else {
                reasons.add("the officer's professional judgement (" + judgement.label().toLowerCase(java.util.Locale.UK)
                        + ") does not lower a grade reached by count");
            }
        }
        if (declined > 0) {
            reasons.add(declined + (declined == 1 ? " question" : " questions") + " declined by the victim");
        }
        return new Result(grade, yes, declined, reasons);
    }
}

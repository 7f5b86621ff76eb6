package uk.peel.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.peel.safeguarding.SafeguardingTestData.answers;

import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.peel.platform.InvalidInputException;

class DashGradingTest {

    private static final SafeguardingPolicy.Dash NATIONAL = new SafeguardingPolicy.Dash(0, 0, 0);

    @Test
    void fourteenYesAnswersAreHighRiskAndThirteenAreMedium() {
        assertThat(DashGrading.grade(answers(14), null, null, NATIONAL).grade()).isEqualTo(Risk.HIGH);
        assertThat(DashGrading.grade(answers(13), null, null, NATIONAL).grade()).isEqualTo(Risk.MEDIUM);
        assertThat(DashGrading.grade(answers(10), null, null, NATIONAL).grade()).isEqualTo(Risk.MEDIUM);
        assertThat(DashGrading.grade(answers(9), null, null, NATIONAL).grade()).isEqualTo(Risk.STANDARD);
        assertThat(DashGrading.grade(answers(0), null, null, NATIONAL).grade()).isEqualTo(Risk.STANDARD);
    }

    @Test
    void professionalJudgementRaisesAGradeButNeverLowersOne() {
        DashGrading.Result raised = DashGrading.grade(answers(2), Risk.HIGH, "Threats with a knife last week", NATIONAL);
        DashGrading.Result notLowered = DashGrading.grade(answers(20), Risk.STANDARD, "She says it was a one-off", NATIONAL);

        assertThat(raised.grade()).isEqualTo(Risk.HIGH);
        assertThat(raised.reasons()).anySatisfy(r -> assertThat(r).contains("professional judgement").contains("knife"));
        assertThat(notLowered.grade()).isEqualTo(Risk.HIGH);
        assertThat(notLowered.reasons()).anySatisfy(r -> assertThat(r).contains("does not lower"));
    }

    @Test
    void declinedAnswersCountAsNeitherYesNorNoAndAreReported() {
        Map<Integer, DashAnswer> answers = answers(14);
        answers.put(1, DashAnswer.DECLINED);
        answers.put(2, DashAnswer.DECLINED);

        DashGrading.Result result = DashGrading.grade(answers, null, null, NATIONAL);

        assertThat(result.yesCount()).isEqualTo(12);
        assertThat(result.declinedCount()).isEqualTo(2);
        assertThat(result.grade()).isEqualTo(Risk.MEDIUM);
        assertThat(result.reasons()).anySatisfy(r -> assertThat(r).isEqualTo("2 questions declined by the victim"));
    }

    @Test
    void aJudgementWithoutAReasonAndUnansweredQuestionsAreRefused() {
        Map<Integer, DashAnswer> answers = answers(3);
        answers.remove(27);

        assertThatThrownBy(() -> DashGrading.grade(answers, Risk.HIGH, " ", NATIONAL))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).extracting(p -> p.field())
                        .containsExactly("answers-27", "judgementReason"));
    }

    @Test
    void aForceMayChangeTheThresholds() {
        SafeguardingPolicy.Dash stricter = new SafeguardingPolicy.Dash(12, 8, 3);

        assertThat(DashGrading.grade(answers(12), null, null, stricter).grade()).isEqualTo(Risk.HIGH);
        assertThat(DashGrading.grade(answers(8), null, null, stricter).grade()).isEqualTo(Risk.MEDIUM);
    }

    @Test
    void theChecklistHasTwentySevenNumberedQuestionsUnderFourTopics() {
        assertThat(DashChecklist.QUESTIONS).hasSize(27);
        for (int i = 0; i < 27; i++) {
            assertThat(DashChecklist.QUESTIONS.get(i).number()).isEqualTo(i + 1);
        }
        assertThat(DashChecklist.byTopic()).hasSize(4);
    }
}

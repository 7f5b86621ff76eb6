package uk.peel.safeguarding;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The 27 risk factors of the national domestic abuse, stalking and harassment and honour-based violence (DASH)
 * checklist, asked of the victim in this order and grouped by topic. The wording is Peel's own: it keeps each
 * factor's meaning so that answers stay comparable with every other force's DASH.
 */
public final class DashChecklist {

    /** One question; {@code number} is its place in the national checklist (1 to 27). */
    public record Question(int number, String topic, String text) {
    }

    public static final int SIZE = 27;

    private static final String NOW = "What happened this time";
    private static final String CHILDREN = "Children, pregnancy and dependants";
    private static final String HISTORY = "The pattern of abuse";
    private static final String ABUSER = "The person causing harm";

    public static final List<Question> QUESTIONS = List.of(
            new Question(1, NOW, "Were you hurt in what happened today?"),
            new Question(2, NOW, "Are you very frightened?"),
            new Question(3, NOW, "Are you afraid of being hurt again, or of something worse happening?"),
            new Question(4, NOW, "Do you feel cut off from your family or friends?"),
            new Question(5, NOW, "Are you feeling very low, or have you had thoughts of ending your life?"),
            new Question(6, NOW, "Have you left, or tried to leave, them in the last 12 months?"),
            new Question(7, NOW, "Are you and they in conflict over contact with the children?"),
            new Question(8, NOW, "Do they keep calling, messaging, following or watching you when you do not want them to?"),
            new Question(9, CHILDREN, "Are you pregnant, or have you had a baby in the last 18 months?"),
            new Question(10, CHILDREN, "Do children live with you who are not theirs?"),
            new Question(11, CHILDREN, "Have they ever hurt the children or other dependants?"),
            new Question(12, CHILDREN, "Have they ever threatened to hurt or kill the children or other dependants?"),
            new Question(13, HISTORY, "Is the abuse happening more often than before?"),
            new Question(14, HISTORY, "Is the abuse getting worse?"),
            new Question(15, HISTORY, "Do they try to control what you do, or are they extremely jealous?"),
            new Question(16, HISTORY, "Have they ever used a weapon or an object to hurt you?"),
            new Question(17, HISTORY, "Have they ever threatened to kill you or someone else, and you believed them?"),
            new Question(18, HISTORY, "Have they ever strangled, choked, smothered or tried to drown you?"),
            new Question(19, HISTORY, "Do they do or say sexual things that make you feel bad or that hurt you or someone else?"),
            new Question(20, HISTORY, "Is there anyone else who has threatened you, or whom you are afraid of?"),
            new Question(21, HISTORY, "Do you know of them hurting anyone else?"),
            new Question(22, HISTORY, "Have they ever hurt or mistreated an animal or a pet?"),
            new Question(23, ABUSER, "Are there money problems, such as you depending on them for money, or them losing a job?"),
            new Question(24, ABUSER, "In the last year, have drink, drugs or their mental health stopped them living an ordinary life?"),
            new Question(25, ABUSER, "Have they ever threatened to take, or tried to take, their own life?"),
            new Question(26, ABUSER, "Have they ever broken bail, an injunction or an agreement about seeing you or the children?"),
            new Question(27, ABUSER, "Do you know whether they have been in trouble with the police or have a criminal record?"));

    private DashChecklist() {
    }

    /** The questions under their topics, in checklist order. */
    public static Map<String, List<Question>> byTopic() {
        Map<String, List<Question>> topics = new LinkedHashMap<>();
        for (Question question : QUESTIONS) {
            topics.computeIfAbsent(question.topic(), topic -> new java.util.ArrayList<>()).add(question);
        }
        return topics;
    }

    public static Question question(int number) {
        if (number < 1 || number > SIZE) {
            throw new IllegalArgumentException("the DASH checklist has questions 1 to " + SIZE + ", not " + number);
        }
        return QUESTIONS.get(number - 1);
    }
}

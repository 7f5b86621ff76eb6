package uk.peel.incident;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;

import uk.peel.platform.FieldProblem;
import uk.peel.platform.InvalidInputException;
import uk.peel.security.Role;

/**
 * The force's grading scheme ({@code peel.grading.grades}). Each grade says how soon a unit must attend and when
 * an incident still waiting for a unit is escalated, and to whom. With no configuration Peel uses Greater
 * Manchester's scheme: Grade 1 attend within 15 minutes, escalated to the duty inspector at once if no unit is
 * assigned; Grade 2 within an hour, escalated to a sergeant if still unassigned at 40 minutes; Grade 3 attended by
 * appointment; Grade 4 resolved without deployment.
 */
@ConfigurationProperties("peel.grading")
public record GradingScheme(List<Grade> grades) {

    /**
     * One grade.
     *
     * @param code what the handler types and the boards show ("1")
     * @param attendWithin the attendance target from the incident's creation, or null where there is none
     * @param escalateUnassignedAfter how long an incident may wait for a unit before it is escalated (zero: at
     *                                once), or null where waiting is expected
     * @param escalateTo the role told of an unassigned incident and of a missed attendance target
     * @param deploy whether a unit is normally sent (false for resolution without deployment)
     */
    public record Grade(String code, String name, Duration attendWithin, Duration escalateUnassignedAfter,
                        Role escalateTo, boolean deploy) {
    }

    public GradingScheme {
        grades = grades == null || grades.isEmpty() ? greaterManchester() : List.copyOf(grades);
        Map<String, Grade> seen = new LinkedHashMap<>();
        for (Grade grade : grades) {
            if (seen.put(grade.code(), grade) != null) {
                throw new IllegalArgumentException("peel.grading.grades: grade " + grade.code() + " is defined twice");
            }
            if ((grade.attendWithin() != null || grade.escalateUnassignedAfter() != null) && grade.escalateTo() == null) {
                throw new IllegalArgumentException("peel.grading.grades: grade " + grade.code() + " has a clock but no escalate-to role");
            }
        }
    }

    static List<Grade> greaterManchester() {
        return List.of(
                new Grade("1", "Emergency", Duration.ofMinutes(15), Duration.ZERO, Role.DUTY_INSPECTOR, true),
                new Grade("2", "Priority", Duration.ofHours(1), Duration.ofMinutes(40), Role.SUPERVISOR, true),
                new Grade("3", "Appointment", null, null, null, true),
                new Grade("4", "Resolved without deployment", null, null, null, false));
    }

    public Optional<Grade> find(String code) {
        return grades.stream().filter(grade -> grade.code().equals(code)).findFirst();
    }

    /** The grade with this code, or a problem naming the field and the grades the force uses. */
    Grade require(String code, String field) {
        return find(code == null ? "" : code.strip()).orElseThrow(() -> new InvalidInputException(List.of(new FieldProblem(field,
                "Choose a grade: " + String.join(", ", grades.stream().map(g -> g.code() + " (" + g.name() + ")").toList())))));
    }
}

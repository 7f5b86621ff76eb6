package uk.peel.safeguarding;

import java.time.Duration;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

import uk.peel.incident.SafeguardingFlag;
import uk.peel.platform.FieldProblem;
import uk.peel.platform.InvalidInputException;
import uk.peel.platform.ServiceLevel;
import uk.peel.security.Role;

/**
 * The force's safeguarding policy ({@code peel.safeguarding}): its teams, the kinds of notice it raises, and the
 * service level of each. With no configuration Peel uses the defaults below (documented in docs/operations.md):
 *
 * <ul>
 * <li>teams: the domestic abuse unit ({@code DAU}) and the multi-agency safeguarding hub ({@code MASH});</li>
 * <li>domestic abuse (raised by the incident flag, DASH risk assessment due within 24 hours of the notice) to the
 *     DAU; child concern, adult at risk and mental health (each raised by its flag) and other concerns to the MASH;</li>
 * <li>triage by the team within 4 hours at high risk, 8 hours at medium and one working day at standard (counted
 *     with {@link uk.peel.platform.WorkingDays}: a notice raised on Friday afternoon is due on Monday afternoon, or
 *     Tuesday after a bank holiday);</li>
 * <li>a missed risk assessment escalated to the supervisor (sergeant), a missed triage to the duty inspector;</li>
 * <li>DASH: high risk at 14 or more "yes" answers, medium at 10 or more; an incident of grade 1 raises its notice
 *     at high risk until assessed, any other grade at medium;</li>
 * <li>repeat victims and perpetrators: on another domestic-abuse notice within the last 12 months; three or more
 *     such notices about one victim in that time (potential escalation) also refer to MARAC.</li>
 * </ul>
 */
@ConfigurationProperties("peel.safeguarding")
public record SafeguardingPolicy(List<Team> teams, List<PpnType> types, Dash dash, Duration repeatWindow,
                                 Role assessmentEscalateTo, Role triageEscalateTo, Set<String> highRiskIncidentGrades) {

    /** A team with a queue of its own. */
    public record Team(String code, String name) {
    }

    /**
     * A kind of notice.
     *
     * @param raisedBy the incident flag that raises it automatically, or null where only officers raise it
     * @param dash whether it needs a DASH risk assessment (domestic abuse)
     * @param assessWithin how soon after raising the risk assessment is due (where {@code dash})
     * @param triageWithin how soon after raising the team must triage it, by risk
     */
    public record PpnType(String code, String name, String team, SafeguardingFlag raisedBy, boolean dash,
                          Duration assessWithin, Map<Risk, ServiceLevel> triageWithin) {

        public PpnType {
            Map<Risk, ServiceLevel> complete = new EnumMap<>(DEFAULT_TRIAGE);
            if (triageWithin != null) {
                complete.putAll(triageWithin);
            }
            triageWithin = Map.copyOf(complete);
            if (dash && assessWithin == null) {
                assessWithin = Duration.ofHours(24);
            }
        }

        public ServiceLevel triageWithin(Risk risk) {
            return triageWithin.get(risk);
        }
    }

    /** DASH grading thresholds: how many "yes" answers make a risk high or medium. */
    public record Dash(int highAt, int mediumAt, int escalationNotices) {
        public Dash {
            highAt = highAt <= 0 ? 14 : highAt;
            mediumAt = mediumAt <= 0 ? 10 : mediumAt;
            escalationNotices = escalationNotices <= 0 ? 3 : escalationNotices;
        }
    }

    /** Standard risk within a working day (weekends and bank holidays do not count); high and medium round the clock. */
    static final Map<Risk, ServiceLevel> DEFAULT_TRIAGE = Map.of(Risk.HIGH, ServiceLevel.of(Duration.ofHours(4)),
            Risk.MEDIUM, ServiceLevel.of(Duration.ofHours(8)), Risk.STANDARD, ServiceLevel.workingDays(1));

    public SafeguardingPolicy {
        teams = teams == null || teams.isEmpty() ? List.of(new Team("DAU", "Domestic abuse unit"),
                new Team("MASH", "Multi-agency safeguarding hub")) : List.copyOf(teams);
        types = types == null || types.isEmpty() ? defaultTypes() : List.copyOf(types);
        dash = dash == null ? new Dash(0, 0, 0) : dash;
        repeatWindow = repeatWindow == null ? Duration.ofDays(365) : repeatWindow;
        assessmentEscalateTo = assessmentEscalateTo == null ? Role.SUPERVISOR : assessmentEscalateTo;
        triageEscalateTo = triageEscalateTo == null ? Role.DUTY_INSPECTOR : triageEscalateTo;
        highRiskIncidentGrades = highRiskIncidentGrades == null ? Set.of("1") : Set.copyOf(highRiskIncidentGrades);
        Set<String> codes = new HashSet<>();
        Set<SafeguardingFlag> flags = new HashSet<>();
        for (PpnType type : types) {
            if (!codes.add(type.code())) {
                throw new IllegalArgumentException("peel.safeguarding.types: " + type.code() + " is defined twice");
            }
            if (type.raisedBy() != null && !flags.add(type.raisedBy())) {
                throw new IllegalArgumentException("peel.safeguarding.types: two types are raised by the flag " + type.raisedBy());
            }
            List<Team> known = teams;
            if (known.stream().noneMatch(team -> team.code().equals(type.team()))) {
                throw new IllegalArgumentException("peel.safeguarding.types: " + type.code() + " goes to team " + type.team()
                        + ", which is not one of peel.safeguarding.teams");
            }
        }
    }

    static List<PpnType> defaultTypes() {
        return List.of(
                new PpnType("DOMESTIC_ABUSE", "Domestic abuse", "DAU", SafeguardingFlag.DOMESTIC_ABUSE, true, Duration.ofHours(24), null),
                new PpnType("CHILD_CONCERN", "Child concern", "MASH", SafeguardingFlag.CHILD_CONCERN, false, null, null),
                new PpnType("ADULT_AT_RISK", "Adult at risk", "MASH", SafeguardingFlag.ADULT_AT_RISK, false, null, null),
                new PpnType("MENTAL_HEALTH", "Mental health", "MASH", SafeguardingFlag.MENTAL_HEALTH, false, null, null),
                new PpnType("OTHER", "Other safeguarding concern", "MASH", null, false, null, null));
    }

    public Optional<PpnType> type(String code) {
        return types.stream().filter(type -> type.code().equals(code)).findFirst();
    }

    public Optional<PpnType> raisedBy(SafeguardingFlag flag) {
        return types.stream().filter(type -> type.raisedBy() == flag).findFirst();
    }

    public Optional<Team> team(String code) {
        return teams.stream().filter(team -> team.code().equals(code)).findFirst();
    }

    PpnType requireType(String code) {
        return type(code == null ? "" : code.strip()).orElseThrow(() -> new InvalidInputException(List.of(new FieldProblem("type",
                "Choose a type: " + String.join(", ", types.stream().map(t -> t.code() + " (" + t.name() + ")").toList())))));
    }

    String teamName(String code) {
        return team(code).map(Team::name).orElse(code);
    }
}

package uk.peel.investigation;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The force's investigation policy ({@code peel.investigation}): its investigation teams, which team's queue a new
 * crime goes to, how soon a supervisor first reviews it and how often after, and the victim contact frequency
 * assumed until the victim states one. Rules are tried in order and the first that matches a crime's category or
 * one of its flags decides; a crime no rule matches gets the defaults.
 *
 * <p>Defaults (docs/operations.md): teams CID, neighbourhood, public protection and volume crime; domestic abuse,
 * sexual offences and the child abuse flags to public protection with a first review within 3 days and then every
 * 14; robbery and firearm or knife crime to CID (7 then 14); everything else to volume crime, first review within 7
 * days and then every 28; victims updated monthly unless they ask otherwise.
 */
@ConfigurationProperties("peel.investigation")
public record InvestigationPolicy(List<Team> teams, String defaultTeam, Duration firstReview, Duration reviewEvery,
                                  ContactFrequency defaultContactFrequency, List<Rule> rules) {

    /** A team with an investigation queue. */
    public record Team(String code, String name) {
    }

    /**
     * Applies to crimes in {@code category} (the notifiable offence list's category, such as "Sexual offences") or
     * carrying {@code flag} (a crime flag, such as DOMESTIC_ABUSE); sets whichever of team and intervals it gives.
     */
    public record Rule(String category, String flag, String team, Duration firstReview, Duration reviewEvery) {
        boolean matches(String crimeCategory, Set<String> flags) {
            return (category != null && category.equalsIgnoreCase(crimeCategory))
                    || (flag != null && flags.contains(flag.toUpperCase(Locale.ROOT)));
        }
    }

    /** Where a new crime goes and when it is first and then regularly reviewed. */
    record Placement(String team, Duration firstReview, Duration reviewEvery) {
    }

    static final List<Team> DEFAULT_TEAMS = List.of(new Team("CID", "Criminal Investigation Department"),
            new Team("NEIGHBOURHOOD", "Neighbourhood policing"), new Team("PUBLIC_PROTECTION", "Public protection"),
            new Team("VOLUME_CRIME", "Volume crime"));

    static final List<Rule> DEFAULT_RULES = List.of(
            new Rule(null, "DOMESTIC_ABUSE", "PUBLIC_PROTECTION", Duration.ofDays(3), Duration.ofDays(14)),
            new Rule(null, "CHILD_SEXUAL_ABUSE", "PUBLIC_PROTECTION", Duration.ofDays(3), Duration.ofDays(14)),
            new Rule(null, "CHILD_SEXUAL_EXPLOITATION", "PUBLIC_PROTECTION", Duration.ofDays(3), Duration.ofDays(14)),
            new Rule("Sexual offences", null, "PUBLIC_PROTECTION", Duration.ofDays(3), Duration.ofDays(14)),
            new Rule("Robbery", null, "CID", Duration.ofDays(7), Duration.ofDays(14)),
            new Rule(null, "FIREARM", "CID", Duration.ofDays(7), Duration.ofDays(14)),
            new Rule(null, "KNIFE_OR_SHARP_INSTRUMENT", "CID", Duration.ofDays(7), Duration.ofDays(14)));

    public InvestigationPolicy {
        teams = teams == null || teams.isEmpty() ? DEFAULT_TEAMS : List.copyOf(teams);
        defaultTeam = defaultTeam == null || defaultTeam.isBlank() ? "VOLUME_CRIME" : defaultTeam.strip();
        firstReview = firstReview == null ? Duration.ofDays(7) : firstReview;
        reviewEvery = reviewEvery == null ? Duration.ofDays(28) : reviewEvery;
        defaultContactFrequency = defaultContactFrequency == null ? ContactFrequency.MONTHLY : defaultContactFrequency;
        rules = rules == null ? DEFAULT_RULES : List.copyOf(rules);
        for (Rule rule : rules) {
            if (rule.team() != null && !knows(teams, rule.team())) {
                throw new IllegalStateException("peel.investigation.rules names team " + rule.team()
                        + ", which is not one of peel.investigation.teams");
            }
        }
        if (!knows(teams, defaultTeam)) {
            throw new IllegalStateException("peel.investigation.default-team " + defaultTeam + " is not one of peel.investigation.teams");
        }
    }

    private static boolean knows(List<Team> teams, String code) {
        return teams.stream().anyMatch(t -> t.code().equalsIgnoreCase(code));
    }

    public boolean hasTeam(String code) {
        return code != null && knows(teams, code.strip());
    }

    public String teamName(String code) {
        return teams.stream().filter(t -> t.code().equalsIgnoreCase(code)).map(Team::name).findFirst().orElse(code);
    }

    Placement placementFor(String category, Set<String> flags) {
        String team = null;
        Duration first = null;
        Duration every = null;
        for (Rule rule : rules) {
            if (rule.matches(category, flags)) {
                team = team == null ? rule.team() : team;
                first = first == null ? rule.firstReview() : first;
                every = every == null ? rule.reviewEvery() : every;
            }
        }
        return new Placement(team == null ? defaultTeam : team.toUpperCase(Locale.ROOT), first == null ? firstReview : first,
                every == null ? reviewEvery : every);
    }
}

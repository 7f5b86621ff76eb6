package uk.peel.investigation.web;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import uk.peel.crime.CrimeId;
import uk.peel.crime.Crimes;
import uk.peel.investigation.ContactFrequency;
import uk.peel.investigation.InvestigationPolicy;
import uk.peel.investigation.Investigations;
import uk.peel.investigation.OutcomeTypes;
import uk.peel.investigation.WorkLists;
import uk.peel.platform.FieldProblem;
import uk.peel.platform.InvalidInputException;
import uk.peel.platform.access.CurrentUser;
import uk.peel.platform.access.Permission;

/**
 * What the investigation pages and the JSON API both show: a crime's investigation file found by id or CRN, the
 * signed-in officer's and supervisor's work lists, and the choices a page offers beside the file. One place, so a
 * page and the API never disagree about which crime "CR-..." means or which team's queue a supervisor sees.
 */
@Component
class InvestigationViews {

    private final Investigations investigations;
    private final WorkLists work;
    private final OutcomeTypes outcomeTypes;
    private final InvestigationPolicy policy;
    private final Crimes crimes;
    private final Clock clock;

    InvestigationViews(Investigations investigations, WorkLists work, OutcomeTypes outcomeTypes, InvestigationPolicy policy,
                       Crimes crimes, Clock clock) {
        this.investigations = investigations;
        this.work = work;
        this.outcomeTypes = outcomeTypes;
        this.policy = policy;
        this.crimes = crimes;
        this.clock = clock;
    }

    /** A crime by its id or its crime reference number (CR-...), as officers quote it. */
    CrimeId crime(String idOrCrn) {
        return idOrCrn.strip().toUpperCase(Locale.ROOT).startsWith("CR-") ? crimes.findByCrn(idOrCrn).id() : CrimeId.of(idOrCrn);
    }

    /** The investigation file (an audited view of the crime's personal data). */
    Investigations.InvestigationFile file(String idOrCrn) {
        return investigations.view(crime(idOrCrn));
    }

    /** The file with everything its page offers beside it: teams, frequencies, outcome types, what the user may do. */
    Map<String, Object> page(String idOrCrn) {
        Investigations.InvestigationFile file = file(idOrCrn);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("file", file);
        model.put("i", file.investigation());
        model.put("now", clock.instant());
        model.put("teams", policy.teams());
        model.put("teamName", policy.teamName(file.investigation().team()));
        model.put("frequencies", ContactFrequency.values());
        model.put("outcomeTypes", outcomeTypes.all());
        model.put("outcomeList", outcomeTypes);
        model.put("canWork", CurrentUser.has(Permission.CRIME_RECORD));
        model.put("canSupervise", CurrentUser.has(Permission.INVESTIGATION_SUPERVISE));
        model.put("canFinalise", CurrentUser.username().equals(file.investigation().supervisor())
                || CurrentUser.has(Permission.OUTCOME_FINALISE));
        model.put("planText", file.currentPlan() == null ? "" : String.join("\n", file.currentPlan().lines()));
        return model;
    }

    /** The signed-in officer's crimes, tasks and victim updates due. */
    WorkLists.OfficerWork officerWork() {
        return work.officer(CurrentUser.username(), clock.instant());
    }

    /**
     * The signed-in supervisor's reviews due and unallocated crimes, with {@code team}'s queue when one is chosen
     * (blank: none). A team the force does not have is refused by name rather than shown as an empty queue, which
     * would read as "nothing waiting".
     */
    WorkLists.SupervisorWork supervision(String team) {
        String chosen = teamCode(team);
        if (chosen != null && !policy.hasTeam(chosen)) {
            throw new InvalidInputException(List.of(new FieldProblem("team", "No investigation team '" + team.strip()
                    + "': the teams are " + policy.teams().stream().map(InvestigationPolicy.Team::code).toList())));
        }
        return work.supervisor(CurrentUser.username(), chosen, clock.instant());
    }

    /** As {@link #supervision}, but a team the force does not have shows no queue: the page's list offers only real ones. */
    WorkLists.SupervisorWork supervisionOfKnownTeam(String team) {
        String chosen = teamCode(team);
        return work.supervisor(CurrentUser.username(), policy.hasTeam(chosen) ? chosen : null, clock.instant());
    }

    private static String teamCode(String team) {
        return team == null || team.isBlank() ? null : team.strip().toUpperCase(Locale.ROOT);
    }

    InvestigationPolicy policy() {
        return policy;
    }

    List<InvestigationPolicy.Team> teams() {
        return policy.teams();
    }

    OutcomeTypes outcomeTypes() {
        return outcomeTypes;
    }
}

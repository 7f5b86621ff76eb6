package uk.peel.safeguarding.web;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import uk.peel.platform.access.Permission;
import uk.peel.platform.access.RequiresPermission;
import uk.peel.platform.web.NavigationItem;
import uk.peel.safeguarding.Ppns;
import uk.peel.safeguarding.SafeguardingPolicy;
import uk.peel.safeguarding.SafeguardingQueues;
import uk.peel.safeguarding.TeamQueue;
import uk.peel.security.Role;

/**
 * The safeguarding queues: every team's backlog by age, its oldest notice and its breaches (the force dashboard),
 * and one team's queue, oldest first. Queues show no names, so looking at them is not a consultation.
 */
@Controller
class SafeguardingPageController {

    private final SafeguardingQueues queues;
    private final Ppns ppns;
    private final uk.peel.missingperson.MissingPersons missingPersons;
    private final Clock clock;

    SafeguardingPageController(SafeguardingQueues queues, Ppns ppns, uk.peel.missingperson.MissingPersons missingPersons, Clock clock) {
        this.missingPersons = missingPersons;
        this.queues = queues;
        this.ppns = ppns;
        this.clock = clock;
    }

    @Bean
    static NavigationItem safeguardingNavigation() {
        return new NavigationItem("Safeguarding", "/safeguarding", Permission.SAFEGUARDING_DASHBOARD, 20,
                "Safeguarding queues: every team's notices by age, the oldest, breaches of service levels and escalations.");
    }

    @GetMapping("/safeguarding")
    @RequiresPermission(Permission.SAFEGUARDING_DASHBOARD)
    String dashboard(Model model) {
        Instant now = clock.instant();
        List<TeamQueue> teams = queues.summaries(now);
        model.addAttribute("now", now);
        model.addAttribute("teams", teams);
        model.addAttribute("bands", TeamQueue.AgeBand.values());
        model.addAttribute("escalations", ppns.openAlerts(EnumSet.allOf(Role.class)));
        // Missing people are safeguarding work too: an overdue review shows here as well as on the live list.
        model.addAttribute("missingReviewAlerts", missingPersons.openReviewAlerts(EnumSet.allOf(Role.class)));
        model.addAttribute("totalOpen", teams.stream().mapToLong(TeamQueue::open).sum());
        model.addAttribute("totalBreached", teams.stream().mapToLong(TeamQueue::breached).sum());
        return "safeguarding/dashboard";
    }

    @GetMapping("/safeguarding/teams/{team}")
    @RequiresPermission(Permission.SAFEGUARDING_DASHBOARD)
    String team(@PathVariable String team, Model model) {
        SafeguardingPolicy.Team found = ppns.policy().team(team)
                .orElseThrow(() -> new java.util.NoSuchElementException("There is no safeguarding team " + team));
        Instant now = clock.instant();
        model.addAttribute("now", now);
        model.addAttribute("team", found);
        model.addAttribute("summary", queues.summaries(now).stream().filter(q -> q.team().equals(found.code())).findFirst().orElseThrow());
        model.addAttribute("bands", TeamQueue.AgeBand.values());
        model.addAttribute("items", queues.queue(found.code(), now, 500));
        model.addAttribute("trend", queues.trend(found.code(), now, 7));
        model.addAttribute("typeNames", typeNames());
        return "safeguarding/team";
    }

    private Map<String, String> typeNames() {
        Map<String, String> names = new java.util.HashMap<>();
        ppns.policy().types().forEach(type -> names.put(type.code(), type.name()));
        return names;
    }
}

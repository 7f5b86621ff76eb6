package uk.peel.investigation.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.context.annotation.Bean;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.peel.crime.CrimeId;
import uk.peel.crime.Crimes;
import uk.peel.investigation.ContactFrequency;
import uk.peel.investigation.InvestigationPolicy;
import uk.peel.investigation.Investigations;
import uk.peel.investigation.OutcomeTypes;
import uk.peel.investigation.WorkLists;
import uk.peel.platform.ConflictException;
import uk.peel.platform.FieldProblem;
import uk.peel.platform.InvalidInputException;
import uk.peel.platform.access.CurrentUser;
import uk.peel.platform.access.Permission;
import uk.peel.platform.access.RequiresPermission;
import uk.peel.platform.web.NavigationItem;

/** A crime's investigation page and its forms, and "my work" for officers and supervisors. */
@Controller
class InvestigationPageController {

    private final Investigations investigations;
    private final WorkLists work;
    private final OutcomeTypes outcomeTypes;
    private final InvestigationPolicy policy;
    private final Crimes crimes;
    private final Clock clock;

    InvestigationPageController(Investigations investigations, WorkLists work, OutcomeTypes outcomeTypes, InvestigationPolicy policy,
                                Crimes crimes, Clock clock) {
        this.investigations = investigations;
        this.work = work;
        this.outcomeTypes = outcomeTypes;
        this.policy = policy;
        this.crimes = crimes;
        this.clock = clock;
    }

    @Bean
    static NavigationItem myWorkNavigation() {
        return new NavigationItem("My work", "/my-work", Permission.CRIME_READ, 19,
                "Your crimes, tasks and victim updates due; for supervisors, the team queue and reviews due.");
    }

    private CrimeId resolve(String idOrCrn) {
        return idOrCrn.strip().toUpperCase(Locale.ROOT).startsWith("CR-") ? crimes.findByCrn(idOrCrn).id() : CrimeId.of(idOrCrn);
    }

    @GetMapping("/crimes/{id}/investigation")
    @RequiresPermission(Permission.CRIME_READ)
    String view(@PathVariable String id, Model model) {
        CrimeId crime = resolve(id);
        Investigations.InvestigationFile file = investigations.view(crime);
        String me = CurrentUser.username();
        model.addAttribute("file", file);
        model.addAttribute("i", file.investigation());
        model.addAttribute("now", clock.instant());
        model.addAttribute("teams", policy.teams());
        model.addAttribute("teamName", policy.teamName(file.investigation().team()));
        model.addAttribute("frequencies", ContactFrequency.values());
        model.addAttribute("outcomeTypes", outcomeTypes.all());
        model.addAttribute("outcomeList", outcomeTypes);
        model.addAttribute("canWork", CurrentUser.has(Permission.CRIME_RECORD));
        model.addAttribute("canSupervise", CurrentUser.has(Permission.INVESTIGATION_SUPERVISE));
        model.addAttribute("canFinalise", me.equals(file.investigation().supervisor()) || CurrentUser.has(Permission.OUTCOME_FINALISE));
        model.addAttribute("planText", file.currentPlan() == null ? "" : String.join("\n", file.currentPlan().lines()));
        return "investigation/investigation";
    }

    @PostMapping("/crimes/{id}/investigation/allocation")
    @RequiresPermission(Permission.INVESTIGATION_SUPERVISE)
    String allocate(@PathVariable String id, @RequestParam(required = false) String team, @RequestParam(required = false) String officer,
                    @RequestParam(required = false) String supervisor, RedirectAttributes redirect) {
        CrimeId crime = CrimeId.of(id);
        return act(crime, redirect, () -> investigations.allocate(crime, team, officer, supervisor), "Allocated");
    }

    @PostMapping("/crimes/{id}/investigation/plan")
    @RequiresPermission(Permission.CRIME_RECORD)
    String plan(@PathVariable String id, @RequestParam(required = false) String lines, @RequestParam(defaultValue = "0") int basedOnVersion,
                RedirectAttributes redirect) {
        CrimeId crime = CrimeId.of(id);
        List<String> split = lines == null ? List.of() : Arrays.asList(lines.split("\\R"));
        return act(crime, redirect, () -> investigations.revisePlan(crime, split, basedOnVersion), "Plan saved as a new version");
    }

    @PostMapping("/crimes/{id}/investigation/tasks")
    @RequiresPermission(Permission.CRIME_RECORD)
    String task(@PathVariable String id, @RequestParam(required = false) String description, @RequestParam(required = false) String assignee,
                @RequestParam(required = false) String dueOn, RedirectAttributes redirect) {
        CrimeId crime = CrimeId.of(id);
        return act(crime, redirect, () -> investigations.addTask(crime, description, assignee, date(dueOn, "dueOn")), "Task added");
    }

    @PostMapping("/crimes/{id}/investigation/tasks/{taskId}/done")
    @RequiresPermission(Permission.CRIME_RECORD)
    String done(@PathVariable String id, @PathVariable UUID taskId, RedirectAttributes redirect) {
        return act(CrimeId.of(id), redirect, () -> investigations.completeTask(taskId), "Task done");
    }

    @PostMapping("/crimes/{id}/investigation/reviews")
    @RequiresPermission(Permission.INVESTIGATION_SUPERVISE)
    String review(@PathVariable String id, @RequestParam(required = false) String note, RedirectAttributes redirect) {
        CrimeId crime = CrimeId.of(id);
        return act(crime, redirect, () -> investigations.review(crime, note), "Review recorded");
    }

    @PostMapping("/crimes/{id}/investigation/contact-frequency")
    @RequiresPermission(Permission.CRIME_RECORD)
    String frequency(@PathVariable String id, @RequestParam(required = false) ContactFrequency frequency, RedirectAttributes redirect) {
        CrimeId crime = CrimeId.of(id);
        return act(crime, redirect, () -> investigations.contactEvery(crime, frequency), "Victim's contact frequency saved");
    }

    @PostMapping("/crimes/{id}/investigation/victim-contacts")
    @RequiresPermission(Permission.CRIME_RECORD)
    String contact(@PathVariable String id, @RequestParam(required = false) String method, @RequestParam(required = false) String note,
                   RedirectAttributes redirect) {
        CrimeId crime = CrimeId.of(id);
        return act(crime, redirect, () -> investigations.recordVictimContact(crime, method, note), "Victim update recorded");
    }

    @PostMapping("/crimes/{id}/investigation/outcomes")
    @RequiresPermission(Permission.CRIME_READ)
    String outcome(@PathVariable String id, @RequestParam(required = false) String outcomeType,
                   @RequestParam(required = false) String outcomeDate, @RequestParam(required = false) String note,
                   RedirectAttributes redirect) {
        CrimeId crime = CrimeId.of(id);
        return act(crime, redirect, () -> investigations.setOutcome(crime, outcomeType, date(outcomeDate, "outcomeDate"), note),
                "Outcome set");
    }

    @GetMapping("/my-work")
    @RequiresPermission(Permission.CRIME_READ)
    String myWork(@RequestParam(required = false) String team, Model model) {
        String me = CurrentUser.username();
        var now = clock.instant();
        model.addAttribute("mine", work.officer(me, now));
        if (CurrentUser.has(Permission.INVESTIGATION_SUPERVISE)) {
            String chosen = team == null || team.isBlank() ? null : team.strip().toUpperCase(Locale.ROOT);
            model.addAttribute("supervision", work.supervisor(me, policy.hasTeam(chosen) ? chosen : null, now));
        }
        model.addAttribute("teams", policy.teams());
        model.addAttribute("policy", policy);
        model.addAttribute("now", now);
        return "investigation/my-work";
    }

    private static LocalDate date(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(List.of(new FieldProblem(field, "'" + text.strip() + "' is not a date: use the date picker or YYYY-MM-DD")));
        }
    }

    private String act(CrimeId crime, RedirectAttributes redirect, Supplier<?> action, String success) {
        try {
            action.get();
            redirect.addFlashAttribute("success", success);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problems", e.problems().stream().map(FieldProblem::message).toList());
        } catch (ConflictException | NoSuchElementException | AccessDeniedException e) {
            redirect.addFlashAttribute("problems", new ArrayList<>(List.of(e.getMessage())));
        }
        return "redirect:/crimes/" + crime + "/investigation";
    }
}

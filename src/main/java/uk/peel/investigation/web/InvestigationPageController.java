package uk.peel.investigation.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
import uk.peel.investigation.ContactFrequency;
import uk.peel.investigation.Investigations;
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
    private final InvestigationViews views;

    InvestigationPageController(Investigations investigations, InvestigationViews views) {
        this.investigations = investigations;
        this.views = views;
    }

    @Bean
    static NavigationItem myWorkNavigation() {
        return new NavigationItem("My work", "/my-work", Permission.CRIME_READ, 19,
                "Your crimes, tasks and victim updates due; for supervisors, the team queue and reviews due.");
    }

    @GetMapping("/crimes/{id}/investigation")
    @RequiresPermission(Permission.CRIME_READ)
    String view(@PathVariable String id, Model model) {
        model.addAllAttributes(views.page(id));
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
        model.addAttribute("mine", views.officerWork());
        if (CurrentUser.has(Permission.INVESTIGATION_SUPERVISE)) {
            model.addAttribute("supervision", views.supervisionOfKnownTeam(team));
        }
        model.addAttribute("teams", views.teams());
        model.addAttribute("policy", views.policy());
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

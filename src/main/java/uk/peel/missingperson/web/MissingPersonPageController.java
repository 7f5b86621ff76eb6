package uk.peel.missingperson.web;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.peel.missingperson.MissingPerson;
import uk.peel.missingperson.MissingPersonId;
import uk.peel.missingperson.MissingPersons;
import uk.peel.missingperson.MissingRisk;
import uk.peel.platform.ConflictException;
import uk.peel.platform.FieldProblem;
import uk.peel.platform.InvalidInputException;
import uk.peel.platform.access.CurrentUser;
import uk.peel.platform.access.Permission;
import uk.peel.platform.access.RequiresPermission;
import uk.peel.platform.web.NavigationItem;

/** The duty inspector's live list of missing people, and one report with its actions. */
@Controller
class MissingPersonPageController {

    private final MissingPersons missing;
    private final Clock clock;

    MissingPersonPageController(MissingPersons missing, Clock clock) {
        this.missing = missing;
        this.clock = clock;
    }

    @Bean
    static NavigationItem missingPersonsNavigation() {
        return new NavigationItem("Missing persons", "/missing-persons", Permission.MISSING_PERSON_READ, 22,
                "Everyone reported missing, highest risk first, with their next review; those found awaiting a return-home interview.");
    }

    @GetMapping("/missing-persons")
    @RequiresPermission(Permission.MISSING_PERSON_READ)
    String live(Model model) {
        Instant now = clock.instant();
        model.addAttribute("now", now);
        model.addAttribute("missing", missing.live(now));
        model.addAttribute("awaiting", missing.awaitingInterview(now));
        model.addAttribute("alerts", missing.openReviewAlerts(java.util.EnumSet.allOf(uk.peel.security.Role.class)));
        return "missing/live";
    }

    @PostMapping("/missing-persons/{id}/review-alerts/acknowledgement")
    @RequiresPermission(Permission.MISSING_PERSON_MANAGE)
    String acknowledge(@PathVariable String id, @RequestParam String reviewDueAt, @RequestParam int level, RedirectAttributes redirect) {
        missing.acknowledgeReviewAlert(MissingPersonId.of(id), Instant.parse(reviewDueAt), level);
        redirect.addFlashAttribute("notice", "Alert acknowledged");
        return "redirect:/missing-persons";
    }

    @GetMapping("/missing-persons/new")
    @RequiresPermission(Permission.MISSING_PERSON_REPORT)
    String newReport(Model model) {
        return reportForm(model, java.util.Map.of(), null);
    }

    private String reportForm(Model model, java.util.Map<String, String> form, List<String> problems) {
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("risks", MissingRisk.values());
        return "missing/new";
    }

    /** The report form: times are typed in force time ("last seen" as a local date and time). */
    @PostMapping("/missing-persons")
    @RequiresPermission(Permission.MISSING_PERSON_REPORT)
    String report(@RequestParam java.util.Map<String, String> form, Model model) {
        List<String> problems = new ArrayList<>();
        Instant lastSeen = null;
        try {
            String typed = form.getOrDefault("lastSeenAt", "");
            lastSeen = typed.isBlank() ? null
                    : java.time.LocalDateTime.parse(typed.strip()).atZone(uk.peel.platform.ForceTime.ZONE).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            problems.add("Enter when they were last seen as a date and time");
        }
        MissingRisk risk = null;
        try {
            risk = form.getOrDefault("risk", "").isBlank() ? null : MissingRisk.valueOf(form.get("risk"));
        } catch (IllegalArgumentException e) {
            problems.add("Grade the risk");
        }
        if (!problems.isEmpty()) {
            return reportForm(model, form, problems);
        }
        try {
            MissingPerson report = missing.report(new uk.peel.missingperson.NewMissingPerson(form.get("name"), null,
                    form.get("description"), lastSeen, form.get("lastSeenWhere"), form.get("linkedLocation"), form.get("reportedBy"),
                    risk, form.get("informationUsed"), form.get("suppliedBy"), null, null));
            return "redirect:/missing-persons/" + report.id();
        } catch (InvalidInputException e) {
            return reportForm(model, form, new ArrayList<>(e.problems().stream().map(FieldProblem::message).toList()));
        }
    }

    @GetMapping("/missing-persons/{id}")
    @RequiresPermission(Permission.MISSING_PERSON_READ)
    String view(@PathVariable String id, Model model) {
        MissingPerson report = missing.view(MissingPersonId.of(id));
        Instant now = clock.instant();
        model.addAttribute("report", report);
        model.addAttribute("now", now);
        model.addAttribute("flags", missing.flags(report));
        model.addAttribute("log", missing.log(report.id()));
        model.addAttribute("risks", MissingRisk.values());
        model.addAttribute("canManage", CurrentUser.has(Permission.MISSING_PERSON_MANAGE));
        model.addAttribute("canReport", CurrentUser.has(Permission.MISSING_PERSON_REPORT));
        return "missing/view";
    }

    @PostMapping("/missing-persons/{id}/reviews")
    @RequiresPermission(Permission.MISSING_PERSON_MANAGE)
    String review(@PathVariable String id, @RequestParam(required = false) String note, RedirectAttributes redirect) {
        return act(id, redirect, () -> missing.review(MissingPersonId.of(id), note), "Review recorded");
    }

    @PostMapping("/missing-persons/{id}/risk")
    @RequiresPermission(Permission.MISSING_PERSON_MANAGE)
    String regrade(@PathVariable String id, @RequestParam(required = false) MissingRisk risk,
                   @RequestParam(required = false) String informationUsed, @RequestParam(required = false) String suppliedBy,
                   RedirectAttributes redirect) {
        return act(id, redirect, () -> missing.regrade(MissingPersonId.of(id), risk, informationUsed, suppliedBy, null), "Regraded");
    }

    @PostMapping("/missing-persons/{id}/sightings")
    @RequiresPermission(Permission.MISSING_PERSON_REPORT)
    String sighting(@PathVariable String id, @RequestParam(required = false) String location,
                    @RequestParam(required = false) String reportedBy, @RequestParam(required = false) String details,
                    RedirectAttributes redirect) {
        return act(id, redirect, () -> missing.sighting(MissingPersonId.of(id), null, location, reportedBy, details), "Sighting recorded");
    }

    @PostMapping("/missing-persons/{id}/found")
    @RequiresPermission(Permission.MISSING_PERSON_REPORT)
    String found(@PathVariable String id, @RequestParam(required = false) String where,
                 @RequestParam(required = false) String condition, RedirectAttributes redirect) {
        return act(id, redirect, () -> missing.found(MissingPersonId.of(id), null, where, condition),
                "Recorded as found; a return-home interview is due");
    }

    @PostMapping("/missing-persons/{id}/return-home-interview")
    @RequiresPermission(Permission.MISSING_PERSON_MANAGE)
    String interview(@PathVariable String id, @RequestParam(defaultValue = "false") boolean declined,
                     @RequestParam(required = false) String findings, RedirectAttributes redirect) {
        return act(id, redirect, () -> missing.interviewed(MissingPersonId.of(id), declined, findings), "Return-home interview recorded");
    }

    private String act(String id, RedirectAttributes redirect, Supplier<?> action, String success) {
        try {
            action.get();
            redirect.addFlashAttribute("success", success);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problems", new ArrayList<>(e.problems().stream().map(FieldProblem::message).toList()));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("problems", new ArrayList<>(List.of(e.getMessage())));
        }
        return "redirect:/missing-persons/" + MissingPersonId.of(id);
    }
}

package uk.peel.crime.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.peel.crime.Crime;
import uk.peel.crime.CrimeFlag;
import uk.peel.crime.CrimeLocation;
import uk.peel.crime.CrimeRecordingDecisions;
import uk.peel.crime.CrimeReport;
import uk.peel.crime.Crimes;
import uk.peel.crime.DecisionId;
import uk.peel.crime.NotACrimeReason;
import uk.peel.crime.NotifiableOffences;
import uk.peel.crime.RecordingChannel;
import uk.peel.crime.RecordingDecision;
import uk.peel.platform.ConflictException;
import uk.peel.platform.FieldProblem;
import uk.peel.platform.ForceTime;
import uk.peel.platform.InvalidInputException;
import uk.peel.platform.access.CurrentUser;
import uk.peel.platform.access.Permission;
import uk.peel.platform.access.RequiresPermission;
import uk.peel.platform.web.NavigationItem;
import uk.peel.search.PersonSearch;

/**
 * The registrar's list of decisions due with their clocks, a decision's page (record the crime, or not a crime),
 * taking a report from another channel, and the person finder used while recording.
 */
@Controller
class DecisionPageController {

    private final CrimeRecordingDecisions decisions;
    private final Crimes crimes;
    private final NotifiableOffences offences;
    private final PersonSearch search;
    private final Clock clock;

    DecisionPageController(CrimeRecordingDecisions decisions, Crimes crimes, NotifiableOffences offences, PersonSearch search,
                           Clock clock) {
        this.decisions = decisions;
        this.crimes = crimes;
        this.offences = offences;
        this.search = search;
        this.clock = clock;
    }

    @Bean
    static NavigationItem crimeRecordingNavigation() {
        return new NavigationItem("Crime recording", "/crime", Permission.CRIME_READ, 20,
                "Recording decisions due within 24 hours, breached clocks, recorded crimes and the reconciliation.");
    }

    @GetMapping("/crime")
    @RequiresPermission(Permission.CRIME_READ)
    String home() {
        return "redirect:/crime/decisions";
    }

    @GetMapping("/crime/decisions")
    @RequiresPermission(Permission.CRIME_READ)
    String due(@RequestParam(defaultValue = "false") boolean breached, Model model) {
        Instant now = clock.instant();
        List<RecordingDecision> due = breached ? decisions.breachedAt(now, 500) : decisions.due(500);
        model.addAttribute("onlyBreached", breached);
        model.addAttribute("now", now);
        model.addAttribute("due", due);
        model.addAttribute("totalDue", decisions.countDue());
        model.addAttribute("breached", breached ? due.size() : due.stream().filter(d -> d.clockAt(now).breached()).count());
        model.addAttribute("decided", decisions.recentlyDecided(20));
        model.addAttribute("pendingChanges", CurrentUser.has(Permission.CRIME_APPROVE) ? crimes.pendingChanges(100) : List.of());
        model.addAttribute("recentCrimes", crimes.recent(20));
        model.addAttribute("offences", offences);
        model.addAttribute("canRecord", CurrentUser.has(Permission.CRIME_RECORD));
        model.addAttribute("canAudit", CurrentUser.has(Permission.CRIME_AUDIT));
        model.addAttribute("canPublish", CurrentUser.has(Permission.CRIME_PUBLISH));
        return "crime/decisions";
    }

    @GetMapping("/crime/decisions/new")
    @RequiresPermission(Permission.CRIME_RECORD)
    String newReport(Model model) {
        return reportForm(model, new ReportForm(null, "", "", "", "", "", ""), new PageErrors());
    }

    private String reportForm(Model model, ReportForm form, PageErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("channels", java.util.Arrays.stream(RecordingChannel.values())
                .filter(c -> c != RecordingChannel.INCIDENT).toList());
        model.addAttribute("offences", offences.recordable());
        return "crime/report";
    }

    @PostMapping("/crime/decisions")
    @RequiresPermission(Permission.CRIME_RECORD)
    String report(@ModelAttribute ReportForm form, Model model) {
        Instant reportedAt = null;
        if (form.reportedAt() != null && !form.reportedAt().isBlank()) {
            try {
                reportedAt = LocalDateTime.parse(form.reportedAt().strip()).atZone(ForceTime.ZONE).toInstant();
            } catch (DateTimeParseException e) {
                return reportForm(model, form, new PageErrors().addAll(List.of(new FieldProblem("reportedAt",
                        "enter a date and time, such as 2026-11-24T21:30"))));
            }
        }
        try {
            RecordingDecision decision = decisions.report(new CrimeReport(form.channel(), reportedAt, form.sourceReference(),
                    form.summary() == null || form.summary().isBlank() ? null : form.summary(),
                    new CrimeLocation(form.postcode(), form.address(), null, null), form.suggestedClassification(), null));
            return "redirect:/crime/decisions/" + decision.id();
        } catch (InvalidInputException e) {
            return reportForm(model, form, new PageErrors().addAll(e.problems()));
        }
    }

    @GetMapping("/crime/decisions/{id}")
    @RequiresPermission(Permission.CRIME_READ)
    String view(@PathVariable String id, Model model) {
        RecordingDecision decision = decisions.view(DecisionId.of(id));
        return decisionPage(model, decision, RecordCrimeForm.blank(decision.report().suggestedClassification()), new PageErrors());
    }

    private String decisionPage(Model model, RecordingDecision decision, RecordCrimeForm form, PageErrors errors) {
        Instant now = clock.instant();
        model.addAttribute("decision", decision);
        model.addAttribute("clock", decision.clockAt(now));
        model.addAttribute("crimes", decisions.crimesOf(decision.id()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("offencesByCategory", offences.recordable().stream().collect(java.util.stream.Collectors.groupingBy(
                uk.peel.crime.Offence::category, java.util.TreeMap::new, java.util.stream.Collectors.toList())));
        model.addAttribute("offenceList", offences);
        model.addAttribute("flags", CrimeFlag.values());
        model.addAttribute("reasons", NotACrimeReason.values());
        model.addAttribute("canRecord", CurrentUser.has(Permission.CRIME_RECORD) && !decision.isDecided());
        return "crime/decision";
    }

    @PostMapping("/crime/decisions/{id}/record")
    @RequiresPermission(Permission.CRIME_RECORD)
    String record(@PathVariable String id, @ModelAttribute RecordCrimeForm form, Model model, RedirectAttributes redirect) {
        DecisionId decisionId = DecisionId.of(id);
        List<FieldProblem> typed = form.problems();
        if (!typed.isEmpty()) {
            return decisionPage(model, decisions.find(decisionId), form, new PageErrors().addAll(typed));
        }
        try {
            List<Crime> recorded = decisions.record(decisionId, form.toRequest());
            redirect.addFlashAttribute("success", "Recorded as " + String.join(", ", recorded.stream().map(Crime::crn).toList()));
            return recorded.size() == 1 ? "redirect:/crimes/" + recorded.getFirst().id() : "redirect:/crime/decisions/" + decisionId;
        } catch (InvalidInputException e) {
            return decisionPage(model, decisions.find(decisionId), form, new PageErrors().addAll(e.problems()));
        } catch (ConflictException e) {
            return decisionPage(model, decisions.find(decisionId), form, new PageErrors().addAll(List.of(new FieldProblem("", e.getMessage()))));
        }
    }

    @PostMapping("/crime/decisions/{id}/not-a-crime")
    @RequiresPermission(Permission.CRIME_RECORD)
    String notACrime(@PathVariable String id, @RequestParam(required = false) NotACrimeReason reason,
                     @RequestParam(required = false) String explanation, Model model, RedirectAttributes redirect) {
        DecisionId decisionId = DecisionId.of(id);
        try {
            decisions.notACrime(decisionId, reason, explanation);
            redirect.addFlashAttribute("success", "Decided: not a crime");
            return "redirect:/crime/decisions/" + decisionId;
        } catch (InvalidInputException | ConflictException e) {
            List<FieldProblem> problems = e instanceof InvalidInputException invalid ? invalid.problems()
                    : new ArrayList<>(List.of(new FieldProblem("", e.getMessage())));
            model.addAttribute("notACrimeExplanation", explanation);
            return decisionPage(model, decisions.find(decisionId), RecordCrimeForm.blank(null), new PageErrors().addAll(problems));
        }
    }

    /** The person finder on the decision page: results a recording officer can add as victim, suspect or witness. */
    @GetMapping("/crime/people")
    @RequiresPermission(Permission.PERSON_READ)
    String people(@RequestParam(required = false) String q, Model model) {
        List<PersonSearch.Result> results = List.of();
        String problem = null;
        if (q != null && q.strip().length() >= 2) {
            try {
                results = search.search(q, 10);
            } catch (InvalidInputException e) {
                problem = e.getMessage();
            }
        }
        model.addAttribute("q", q);
        model.addAttribute("results", results);
        model.addAttribute("problem", problem);
        return "crime/people :: results";
    }
}

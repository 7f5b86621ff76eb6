package uk.peel.crime.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.peel.crime.NotifiableOffences;
import uk.peel.crime.integrity.DrawRequest;
import uk.peel.crime.integrity.IntegrityAudits;
import uk.peel.crime.integrity.Judgement;
import uk.peel.crime.integrity.OffenceGroup;
import uk.peel.crime.integrity.Outcome;
import uk.peel.crime.integrity.Sample;
import uk.peel.incident.IncidentId;
import uk.peel.incident.Incidents;
import uk.peel.platform.FieldProblem;
import uk.peel.platform.InvalidInputException;
import uk.peel.platform.access.Permission;
import uk.peel.platform.access.RequiresPermission;
import uk.peel.platform.web.NavigationItem;

/** The crime data integrity audit: samples, drawing one, its results, and reviewing and judging each incident. */
@Controller
class IntegrityPageController {

    private final IntegrityAudits audits;
    private final NotifiableOffences offences;
    private final Incidents incidents;

    IntegrityPageController(IntegrityAudits audits, NotifiableOffences offences, Incidents incidents) {
        this.audits = audits;
        this.offences = offences;
        this.incidents = incidents;
    }

    @Bean
    static NavigationItem crimeDataIntegrityNavigation() {
        return new NavigationItem("Crime data integrity", "/crime/integrity", Permission.CRIME_DATA_INTEGRITY, 22,
                "Audit a random sample of incidents for crimes that should have been recorded: the recording rate with its confidence interval.");
    }

    @GetMapping("/crime/integrity")
    @RequiresPermission(Permission.CRIME_DATA_INTEGRITY)
    String samples(Model model) {
        return samples(model, new SampleForm("", "", "", "", ""), new PageErrors());
    }

    private String samples(Model model, SampleForm form, PageErrors errors) {
        model.addAttribute("samples", audits.recent(50));
        model.addAttribute("rules", audits.rules());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "crime/integrity";
    }

    /** What the auditor typed, kept as text so a mistake is shown back as typed. */
    record SampleForm(String title, String from, String to, String size, String seed) {
    }

    @PostMapping("/crime/integrity")
    @RequiresPermission(Permission.CRIME_DATA_INTEGRITY)
    String draw(@RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String from,
                @RequestParam(defaultValue = "") String to, @RequestParam(defaultValue = "") String size,
                @RequestParam(defaultValue = "") String seed, Model model, RedirectAttributes redirect) {
        SampleForm form = new SampleForm(title, from, to, size, seed);
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate first = date(from, "from", problems);
        LocalDate last = date(to, "to", problems);
        Integer wanted = number(size, "size", "a whole number of incidents, such as 100", problems, Integer::valueOf);
        Long fixedSeed = number(seed, "seed", "a whole number (leave it empty for a new random seed)", problems, Long::valueOf);
        if (!problems.isEmpty()) {
            return samples(model, form, new PageErrors().addAll(problems));
        }
        try {
            Sample sample = audits.draw(new DrawRequest(title, first, last, wanted, fixedSeed));
            redirect.addFlashAttribute("success", "Drew " + sample.incidents().size() + " of " + sample.population()
                    + " incidents with seed " + sample.seed());
            return "redirect:/crime/integrity/" + sample.id();
        } catch (InvalidInputException e) {
            return samples(model, form, new PageErrors().addAll(e.problems()));
        }
    }

    @GetMapping("/crime/integrity/{id}")
    @RequiresPermission(Permission.CRIME_DATA_INTEGRITY)
    String sample(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean check, Model model) {
        Sample sample = audits.sample(id);
        List<Judgement> judged = audits.judgements(id);
        Map<IncidentId, List<Judgement>> byIncident = judged.stream().collect(Collectors.groupingBy(Judgement::incidentId));
        model.addAttribute("sample", sample);
        model.addAttribute("results", audits.results(id));
        model.addAttribute("groups", OffenceGroup.values());
        model.addAttribute("outcomes", Outcome.values());
        model.addAttribute("judged", byIncident);
        model.addAttribute("references", incidents.findAll(sample.incidents()));
        if (check) {
            model.addAttribute("reproduced", audits.redraw(id).equals(sample.incidents()));
        }
        return "crime/integrity-sample";
    }

    @GetMapping("/crime/integrity/{id}/incidents/{incident}")
    @RequiresPermission(Permission.CRIME_DATA_INTEGRITY)
    String review(@PathVariable UUID id, @PathVariable String incident, Model model) {
        return review(model, id, IncidentId.of(incident), new PageErrors(), null);
    }

    private String review(Model model, UUID id, IncidentId incident, PageErrors errors, JudgementForm form) {
        var review = audits.review(id, incident);
        model.addAttribute("review", review);
        model.addAttribute("outcomes", Outcome.values());
        model.addAttribute("offences", offences.all());
        model.addAttribute("offenceList", offences);
        model.addAttribute("categories", incidents.categories().all().stream()
                .collect(Collectors.toMap(c -> c.code(), c -> c.label(), (a, b) -> a)));
        model.addAttribute("errors", errors);
        model.addAttribute("form", form == null ? new JudgementForm(null, null, null, null, null) : form);
        int position = review.position();
        List<IncidentId> in = review.sample().incidents();
        model.addAttribute("next", position < in.size() ? in.get(position) : null);
        model.addAttribute("previous", position > 1 ? in.get(position - 2) : null);
        return "crime/integrity-review";
    }

    record JudgementForm(Integer line, String outcome, String offence, String crn, String note) {
    }

    @PostMapping("/crime/integrity/{id}/incidents/{incident}/judgements")
    @RequiresPermission(Permission.CRIME_DATA_INTEGRITY)
    String judge(@PathVariable UUID id, @PathVariable String incident, @RequestParam(required = false) Integer line,
                 @RequestParam(required = false) String outcome, @RequestParam(required = false) String offence,
                 @RequestParam(required = false) String crn, @RequestParam(required = false) String note,
                 Model model, RedirectAttributes redirect) {
        IncidentId incidentId = IncidentId.of(incident);
        JudgementForm form = new JudgementForm(line, outcome, offence, crn, note);
        Outcome chosen;
        try {
            chosen = outcome == null || outcome.isBlank() ? null : Outcome.valueOf(outcome.strip());
        } catch (IllegalArgumentException e) {
            return review(model, id, incidentId, new PageErrors().addAll(List.of(new FieldProblem("outcome",
                    "Choose one of the outcomes listed"))), form);
        }
        try {
            Judgement judgement = audits.judge(id, incidentId, line, chosen, offence, crn, note);
            redirect.addFlashAttribute("success", "Line " + judgement.line() + ": " + judgement.outcome().label()
                    + (judgement.version() > 1 ? " (version " + judgement.version() + ")" : ""));
            return "redirect:/crime/integrity/" + id + "/incidents/" + incidentId.value();
        } catch (InvalidInputException e) {
            return review(model, id, incidentId, new PageErrors().addAll(e.problems()), form);
        }
    }

    private static LocalDate date(String text, String field, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return null; // the service names a missing date
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "'" + text.strip() + "' is not a date: enter it as YYYY-MM-DD, such as 2026-10-01"));
            return null;
        }
    }

    private static <N> N number(String text, String field, String expected, List<FieldProblem> problems,
                                java.util.function.Function<String, N> parse) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return parse.apply(text.strip());
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(field, "'" + text.strip() + "' is not " + expected));
            return null;
        }
    }
}

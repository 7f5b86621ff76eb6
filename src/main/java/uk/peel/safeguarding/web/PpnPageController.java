package uk.peel.safeguarding.web;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.peel.incident.IncidentNotFoundException;
import uk.peel.incident.Incidents;
import uk.peel.person.PersonId;
import uk.peel.platform.ConflictException;
import uk.peel.platform.FieldProblem;
import uk.peel.platform.InvalidInputException;
import uk.peel.platform.access.CurrentUser;
import uk.peel.platform.access.Permission;
import uk.peel.platform.access.RequiresPermission;
import uk.peel.platform.web.NavigationItem;
import uk.peel.safeguarding.DashAnswer;
import uk.peel.safeguarding.DashChecklist;
import uk.peel.safeguarding.NewPpn;
import uk.peel.safeguarding.PartnerAgency;
import uk.peel.safeguarding.PersonRole;
import uk.peel.safeguarding.Ppn;
import uk.peel.safeguarding.PpnAlert;
import uk.peel.safeguarding.PpnId;
import uk.peel.safeguarding.PpnOutcome;
import uk.peel.safeguarding.PpnPerson;
import uk.peel.safeguarding.Ppns;
import uk.peel.safeguarding.Referrals;
import uk.peel.safeguarding.RiskAssessments;
import uk.peel.safeguarding.Risk;
import uk.peel.safeguarding.SharedInformation;

/**
 * One notice: its clock, the people, the DASH form (or its result), triage, referrals, closure and log; and the
 * form to raise a notice. Every action is a plain form (GOV.UK radios and checkboxes work by keyboard alone). A DASH
 * form with a problem is shown again with every answer kept, so an officer never re-asks a victim 27 questions.
 */
@Controller
class PpnPageController {

    private static final int PEOPLE_ROWS = 4;

    private final Ppns ppns;
    private final RiskAssessments assessments;
    private final Referrals referrals;
    private final Incidents incidents;
    private final Clock clock;

    PpnPageController(Ppns ppns, RiskAssessments assessments, Referrals referrals, Incidents incidents, Clock clock) {
        this.ppns = ppns;
        this.assessments = assessments;
        this.referrals = referrals;
        this.incidents = incidents;
        this.clock = clock;
    }

    @Bean
    static NavigationItem raisePpnNavigation() {
        return new NavigationItem("Raise PPN", "/ppns/new", Permission.PPN_RAISE, 21,
                "Raise a public protection notice about someone vulnerable, with or without an incident.");
    }

    @GetMapping("/ppns/new")
    @RequiresPermission(Permission.PPN_RAISE)
    String newPpn(@RequestParam(required = false) String incident, Model model) {
        Map<String, String> form = new HashMap<>();
        if (incident != null) {
            form.put("incident", incident);
        }
        return raiseForm(model, form, List.of());
    }

    private String raiseForm(Model model, Map<String, String> form, List<String> problems) {
        model.addAttribute("form", form);
        model.addAttribute("problems", problems.isEmpty() ? null : problems);
        model.addAttribute("types", ppns.policy().types());
        model.addAttribute("risks", Risk.values());
        model.addAttribute("roles", PersonRole.values());
        model.addAttribute("rows", java.util.stream.IntStream.range(0, PEOPLE_ROWS).boxed().toList());
        return "ppns/new";
    }

    @PostMapping("/ppns")
    @RequiresPermission(Permission.PPN_RAISE)
    String raise(@RequestParam Map<String, String> form, Model model) {
        List<String> problems = new ArrayList<>();
        List<PpnPerson> people = new ArrayList<>();
        for (int row = 0; row < PEOPLE_ROWS; row++) {
            String name = form.getOrDefault("person-" + row + "-name", "").strip();
            String record = form.getOrDefault("person-" + row + "-record", "").strip();
            String role = form.getOrDefault("person-" + row + "-role", "");
            if (name.isEmpty() && record.isEmpty()) {
                continue;
            }
            try {
                people.add(new PpnPerson(record.isEmpty() ? null : PersonId.of(record), name,
                        role.isBlank() ? null : PersonRole.valueOf(role)));
            } catch (IllegalArgumentException e) {
                problems.add("Person " + (row + 1) + ": " + e.getMessage());
            }
        }
        java.util.UUID incidentId = null;
        String incident = form.getOrDefault("incident", "").strip();
        if (!incident.isEmpty()) {
            try {
                incidentId = incidents.findByReference(incident).id().value();
            } catch (IncidentNotFoundException e) {
                problems.add("Incident: there is no incident " + incident);
            }
        }
        Risk risk = null;
        try {
            risk = form.getOrDefault("risk", "").isBlank() ? null : Risk.valueOf(form.get("risk"));
        } catch (IllegalArgumentException e) {
            problems.add("Choose the risk as you see it now");
        }
        if (!problems.isEmpty()) {
            return raiseForm(model, form, problems);
        }
        try {
            Ppn ppn = ppns.raise(new NewPpn(form.get("type"), people, form.get("summary"), risk, incidentId));
            return "redirect:/ppns/" + ppn.id();
        } catch (InvalidInputException e) {
            return raiseForm(model, form, messages(e.problems()));
        } catch (ConflictException e) {
            return raiseForm(model, form, List.of(e.getMessage()));
        }
    }

    @GetMapping("/ppns/{id}")
    @RequiresPermission(Permission.PPN_READ)
    String view(@PathVariable String id, Model model) {
        return page(ppns.view(PpnId.of(id)), model, Map.of());
    }

    private String page(Ppn ppn, Model model, Map<Integer, String> dashAnswers) {
        Instant now = clock.instant();
        model.addAttribute("ppn", ppn);
        model.addAttribute("now", now);
        model.addAttribute("clock", ppn.clockAt(now));
        model.addAttribute("type", ppns.policy().type(ppn.type()).orElse(null));
        model.addAttribute("teamName", ppns.policy().team(ppn.team()).map(t -> t.name()).orElse(ppn.team()));
        model.addAttribute("repeat", assessments.repeatFlags(ppn));
        model.addAttribute("referrals", referrals.of(ppn.id()));
        model.addAttribute("alerts", ppns.alerts(ppn.id()));
        model.addAttribute("links", ppns.links(ppn.id()));
        model.addAttribute("log", ppns.log(ppn.id()));
        model.addAttribute("topics", DashChecklist.byTopic());
        model.addAttribute("answers", DashAnswer.values());
        model.addAttribute("dashAnswers", dashAnswers);
        model.addAttribute("risks", Risk.values());
        model.addAttribute("roles", PersonRole.values());
        model.addAttribute("agencies", PartnerAgency.values());
        model.addAttribute("shareable", SharedInformation.values());
        model.addAttribute("outcomes", PpnOutcome.values());
        model.addAttribute("canAssess", CurrentUser.has(Permission.PPN_ASSESS));
        model.addAttribute("canTriage", CurrentUser.has(Permission.PPN_TRIAGE));
        model.addAttribute("canRefer", CurrentUser.has(Permission.PPN_REFER));
        model.addAttribute("canLog", CurrentUser.has(Permission.PPN_RAISE));
        model.addAttribute("canAcknowledge", CurrentUser.has(Permission.SAFEGUARDING_DASHBOARD));
        return "ppns/view";
    }

    @PostMapping("/ppns/{id}/risk-assessment")
    @RequiresPermission(Permission.PPN_ASSESS)
    String assess(@PathVariable String id, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        PpnId ppn = PpnId.of(id);
        Map<Integer, DashAnswer> answers = new HashMap<>();
        Map<Integer, String> typed = new HashMap<>();
        for (int q = 1; q <= DashChecklist.SIZE; q++) {
            String answer = form.get("q" + q);
            if (answer != null && !answer.isBlank()) {
                typed.put(q, answer);
                try {
                    answers.put(q, DashAnswer.valueOf(answer));
                } catch (IllegalArgumentException ignored) {
                    // left unanswered: the grading names it
                }
            }
        }
        Risk judgement = form.getOrDefault("judgement", "").isBlank() ? null : Risk.valueOf(form.get("judgement"));
        try {
            Ppn assessed = assessments.complete(ppn, new RiskAssessments.DashSubmission(answers, judgement, form.get("judgementReason")));
            redirect.addFlashAttribute("success", "Risk assessment completed: " + assessed.risk().label().toLowerCase(java.util.Locale.UK)
                    + " risk" + (assessed.assessment().refersToMarac() ? "; referred to MARAC" : ""));
            return "redirect:/ppns/" + ppn;
        } catch (InvalidInputException e) {
            model.addAttribute("problems", messages(e.problems()));
            model.addAttribute("judgementTyped", form.get("judgement"));
            model.addAttribute("judgementReasonTyped", form.get("judgementReason"));
            return page(ppns.view(ppn), model, typed);
        } catch (ConflictException e) {
            redirect.addFlashAttribute("problems", List.of(e.getMessage()));
            return "redirect:/ppns/" + ppn;
        }
    }

    @PostMapping("/ppns/{id}/people")
    @RequiresPermission(Permission.PPN_RAISE)
    String addPerson(@PathVariable String id, @RequestParam(required = false) String name,
                     @RequestParam(required = false) PersonRole role, @RequestParam(required = false) String record,
                     RedirectAttributes redirect) {
        PersonId personId;
        try {
            personId = record == null || record.isBlank() ? null : PersonId.of(record.strip());
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("problems", List.of(e.getMessage()));
            return "redirect:/ppns/" + PpnId.of(id);
        }
        return act(id, redirect, () -> ppns.addPerson(PpnId.of(id), new PpnPerson(personId, name, role)), "Person added");
    }

    @PostMapping("/ppns/{id}/triage")
    @RequiresPermission(Permission.PPN_TRIAGE)
    String triage(@PathVariable String id, @RequestParam(required = false) String decision, RedirectAttributes redirect) {
        return act(id, redirect, () -> ppns.triage(PpnId.of(id), decision), "Triage recorded");
    }

    @PostMapping("/ppns/{id}/referrals")
    @RequiresPermission(Permission.PPN_REFER)
    String refer(@PathVariable String id, @RequestParam(required = false) PartnerAgency agency,
                 @RequestParam(required = false) List<SharedInformation> shared, @RequestParam(required = false) String reason,
                 RedirectAttributes redirect) {
        return act(id, redirect, () -> referrals.refer(PpnId.of(id), new Referrals.ReferralRequest(agency,
                shared == null ? List.of() : shared, reason)), agency == null ? "" : "Referred to " + agency.label());
    }

    @PostMapping("/ppns/{id}/close")
    @RequiresPermission(Permission.PPN_TRIAGE)
    String close(@PathVariable String id, @RequestParam(required = false) PpnOutcome outcome,
                 @RequestParam(required = false) String explanation, RedirectAttributes redirect) {
        return act(id, redirect, () -> ppns.close(PpnId.of(id), outcome, explanation), "Notice closed");
    }

    @PostMapping("/ppns/{id}/log")
    @RequiresPermission(Permission.PPN_RAISE)
    String log(@PathVariable String id, @RequestParam(required = false) String text, RedirectAttributes redirect) {
        return act(id, redirect, () -> ppns.addNote(PpnId.of(id), text), "Added to the log");
    }

    @PostMapping("/ppns/{id}/escalations/{kind}/acknowledge")
    @RequiresPermission(Permission.SAFEGUARDING_DASHBOARD)
    String acknowledge(@PathVariable String id, @PathVariable PpnAlert.Kind kind, RedirectAttributes redirect) {
        return act(id, redirect, () -> {
            ppns.acknowledge(PpnId.of(id), kind);
            return null;
        }, "Escalation acknowledged");
    }

    private String act(String id, RedirectAttributes redirect, Supplier<?> action, String success) {
        try {
            action.get();
            redirect.addFlashAttribute("success", success);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problems", messages(e.problems()));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("problems", new ArrayList<>(List.of(e.getMessage())));
        }
        return "redirect:/ppns/" + PpnId.of(id);
    }

    private static List<String> messages(List<FieldProblem> problems) {
        return new ArrayList<>(problems.stream().map(FieldProblem::message).toList());
    }
}

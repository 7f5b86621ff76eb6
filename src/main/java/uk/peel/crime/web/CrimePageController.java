package uk.peel.crime.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.peel.crime.CancellationReason;
import uk.peel.crime.ChangeRequestId;
import uk.peel.crime.Crime;
import uk.peel.crime.CrimeId;
import uk.peel.crime.CrimePerson;
import uk.peel.crime.CrimeReconciliation;
import uk.peel.crime.CrimeRecordingDecisions;
import uk.peel.crime.Crimes;
import uk.peel.crime.NotifiableOffences;
import uk.peel.crime.ReclassificationReason;
import uk.peel.person.Person;
import uk.peel.person.PersonId;
import uk.peel.person.PersonRecords;
import uk.peel.platform.ConflictException;
import uk.peel.platform.InvalidInputException;
import uk.peel.platform.access.CurrentUser;
import uk.peel.platform.access.Permission;
import uk.peel.platform.access.RequiresPermission;

/** A crime's page (its people, flags, history and change requests), the decision maker's answers, the reconciliation page. */
@Controller
class CrimePageController {

    private final Crimes crimes;
    private final CrimeRecordingDecisions decisions;
    private final NotifiableOffences offences;
    private final PersonRecords persons;
    private final CrimeReconciliation reconciliation;

    CrimePageController(Crimes crimes, CrimeRecordingDecisions decisions, NotifiableOffences offences, PersonRecords persons,
                        CrimeReconciliation reconciliation) {
        this.crimes = crimes;
        this.decisions = decisions;
        this.offences = offences;
        this.persons = persons;
        this.reconciliation = reconciliation;
    }

    @GetMapping("/crimes/{id}")
    @RequiresPermission(Permission.CRIME_READ)
    String view(@PathVariable String id, Model model) {
        CrimeId crimeId = id.toUpperCase(java.util.Locale.ROOT).startsWith("CR-") ? crimes.findByCrn(id).id() : CrimeId.of(id);
        Crime crime = crimes.view(crimeId);
        Set<UUID> linked = new LinkedHashSet<>();
        crime.details().people().forEach(p -> linked.add(p.personId()));
        Map<UUID, String> names = new java.util.HashMap<>();
        if (!linked.isEmpty()) {
            for (Person person : persons.found(linked.stream().map(PersonId::new).toList(), "people on " + crime.crn())) {
                names.put(person.id().value(), person.details().indexName());
            }
        }
        model.addAttribute("crime", crime);
        model.addAttribute("offence", offences.find(crime.classification()).orElse(null));
        model.addAttribute("offenceList", offences);
        model.addAttribute("offences", offences.recordable());
        model.addAttribute("names", names);
        model.addAttribute("roles", CrimePerson.Role.values());
        model.addAttribute("decision", decisions.find(crime.decisionId()));
        model.addAttribute("history", crimes.history(crimeId));
        model.addAttribute("changes", crimes.changes(crimeId));
        model.addAttribute("cancellationReasons", CancellationReason.values());
        model.addAttribute("reclassificationReasons", ReclassificationReason.values());
        model.addAttribute("canRecord", CurrentUser.has(Permission.CRIME_RECORD) && !crime.isCancelled());
        model.addAttribute("canApprove", CurrentUser.has(Permission.CRIME_APPROVE));
        model.addAttribute("me", CurrentUser.username());
        model.addAttribute("errors", new PageErrors());
        return "crime/crime";
    }

    @PostMapping("/crimes/{id}/cancellation")
    @RequiresPermission(Permission.CRIME_RECORD)
    String cancel(@PathVariable String id, @RequestParam(required = false) String reason,
                  @RequestParam(required = false) String explanation, RedirectAttributes redirect) {
        CrimeId crime = CrimeId.of(id);
        return act(crime, redirect, () -> crimes.requestCancellation(crime, reason, explanation),
                "Cancellation asked for: a designated decision maker must approve it");
    }

    @PostMapping("/crimes/{id}/reclassification")
    @RequiresPermission(Permission.CRIME_RECORD)
    String reclassify(@PathVariable String id, @RequestParam(required = false) String classification,
                      @RequestParam(required = false) String reason, @RequestParam(required = false) String explanation,
                      RedirectAttributes redirect) {
        CrimeId crime = CrimeId.of(id);
        return act(crime, redirect, () -> crimes.requestReclassification(crime, classification, reason, explanation),
                "Reclassification asked for: a designated decision maker must approve it");
    }

    @PostMapping("/crimes/{id}/people")
    @RequiresPermission(Permission.CRIME_RECORD)
    String addPerson(@PathVariable String id, @RequestParam(required = false) CrimePerson.Role role,
                     @RequestParam(required = false) String personId, RedirectAttributes redirect) {
        CrimeId crime = CrimeId.of(id);
        return act(crime, redirect, () -> {
            UUID person;
            try {
                person = personId == null || personId.isBlank() ? null : UUID.fromString(personId.strip());
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(List.of(new uk.peel.platform.FieldProblem("personId",
                        "'" + personId.strip() + "' is not a person record id")));
            }
            return crimes.addPerson(crime, role, person);
        }, "Person added");
    }

    @PostMapping("/crimes/{id}/allocation")
    @RequiresPermission(Permission.CRIME_RECORD)
    String allocate(@PathVariable String id, @RequestParam(required = false) String officer, RedirectAttributes redirect) {
        CrimeId crime = CrimeId.of(id);
        return act(crime, redirect, () -> crimes.allocate(crime, officer), "Allocated");
    }

    @PostMapping("/crimes/{id}/changes/{changeId}/approve")
    @RequiresPermission(Permission.CRIME_APPROVE)
    String approve(@PathVariable String id, @PathVariable String changeId, @RequestParam(required = false) String note,
                   RedirectAttributes redirect) {
        return act(CrimeId.of(id), redirect, () -> crimes.approve(ChangeRequestId.of(changeId), note), "Approved");
    }

    @PostMapping("/crimes/{id}/changes/{changeId}/refuse")
    @RequiresPermission(Permission.CRIME_APPROVE)
    String refuse(@PathVariable String id, @PathVariable String changeId, @RequestParam(required = false) String note,
                  RedirectAttributes redirect) {
        return act(CrimeId.of(id), redirect, () -> crimes.refuse(ChangeRequestId.of(changeId), note), "Refused");
    }

    private String act(CrimeId crime, RedirectAttributes redirect, Supplier<?> action, String success) {
        try {
            action.get();
            redirect.addFlashAttribute("success", success);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problems", e.problems().stream().map(p -> p.message()).toList());
        } catch (ConflictException | NoSuchElementException | AccessDeniedException e) {
            redirect.addFlashAttribute("problems", new ArrayList<>(List.of(e.getMessage())));
        }
        return "redirect:/crimes/" + crime;
    }

    @GetMapping("/crime/reconciliation")
    @RequiresPermission(Permission.CRIME_AUDIT)
    String reconciliation(Model model) {
        model.addAttribute("report", reconciliation.latest().orElse(null));
        return "crime/reconciliation";
    }

    @PostMapping("/crime/reconciliation")
    @RequiresPermission(Permission.CRIME_AUDIT)
    String reconcile(RedirectAttributes redirect) {
        redirect.addFlashAttribute("success", reconciliation.reconcile().summary());
        return "redirect:/crime/reconciliation";
    }
}

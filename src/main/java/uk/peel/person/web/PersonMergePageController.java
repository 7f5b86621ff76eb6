package uk.peel.person.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.peel.person.Person;
import uk.peel.person.PersonId;
import uk.peel.person.PersonMerge;
import uk.peel.person.PersonMerges;
import uk.peel.person.PersonRecords;
import uk.peel.platform.ConflictException;
import uk.peel.platform.ForceTime;
import uk.peel.platform.InvalidInputException;
import uk.peel.platform.access.Permission;
import uk.peel.platform.access.RequiresPermission;

/**
 * Comparing two records side by side and merging them into one, and undoing a merge. The page shows both records
 * in full (each view audited) so the user decides on the evidence, not on the names alone.
 */
@Controller
@RequestMapping("/persons")
class PersonMergePageController {

    private final PersonRecords records;
    private final PersonMerges merges;
    private final Clock clock;

    PersonMergePageController(PersonRecords records, PersonMerges merges, Clock clock) {
        this.records = records;
        this.merges = merges;
        this.clock = clock;
    }

    @GetMapping("/merge")
    @RequiresPermission(Permission.PERSON_MERGE)
    String compare(@RequestParam PersonId a, @RequestParam PersonId b, Model model) {
        return comparison(model, records.view(a), records.view(b), null, null, null);
    }

    @PostMapping("/merge")
    @RequiresPermission(Permission.PERSON_MERGE)
    String merge(@RequestParam PersonId a, @RequestParam int aVersion, @RequestParam PersonId b, @RequestParam int bVersion,
                 @RequestParam(required = false) String keep, @RequestParam(required = false) String reason, Model model,
                 RedirectAttributes redirect) {
        if (keep == null || !(keep.equals("a") || keep.equals("b"))) {
            return comparison(model, records.view(a), records.view(b), reason,
                    "Choose which record to keep: the other is merged into it", null);
        }
        boolean keepA = keep.equals("a");
        try {
            PersonMerge merge = keepA ? merges.merge(a, aVersion, b, bVersion, reason) : merges.merge(b, bVersion, a, aVersion, reason);
            redirect.addFlashAttribute("success", "Records merged. If they are not the same person, undo the merge under Merges below.");
            return "redirect:/persons/" + merge.survivorId();
        } catch (InvalidInputException e) {
            return comparison(model, records.view(a), records.view(b), reason, null, e.problems().getFirst().message());
        } catch (ConflictException e) {
            return comparison(model, records.view(a), records.view(b), reason, e.getMessage(), null);
        }
    }

    @PostMapping("/merges/{id}/undo")
    @RequiresPermission(Permission.PERSON_MERGE)
    String undo(@PathVariable UUID id, @RequestParam(required = false) String reason, @RequestParam PersonId back,
                RedirectAttributes redirect) {
        try {
            PersonMerge undone = merges.undo(id, reason);
            redirect.addFlashAttribute("success", "Merge undone: both records stand on their own again.");
            return "redirect:/persons/" + undone.survivorId();
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("undoError", "Enter the reason for undoing the merge");
        } catch (ConflictException e) {
            redirect.addFlashAttribute("undoError", e.getMessage());
        }
        return "redirect:/persons/" + back;
    }

    private String comparison(Model model, Person a, Person b, String reason, String problem, String reasonError) {
        LocalDate today = ForceTime.today(clock);
        model.addAttribute("a", a);
        model.addAttribute("b", b);
        model.addAttribute("today", today);
        model.addAttribute("reason", reason);
        model.addAttribute("problem", problem);
        model.addAttribute("reasonError", reasonError);
        return "persons/merge";
    }
}

package uk.peel.search.web;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.peel.person.PersonId;
import uk.peel.platform.ForceTime;
import uk.peel.platform.access.Permission;
import uk.peel.platform.access.RequiresPermission;
import uk.peel.platform.web.NavigationItem;
import uk.peel.search.DuplicateDetection;

/** The probable-duplicates work list: compare and merge, or say they are different people. */
@Controller
class DuplicatePageController {

    private final DuplicateDetection duplicates;
    private final Clock clock;

    DuplicatePageController(DuplicateDetection duplicates, Clock clock) {
        this.duplicates = duplicates;
        this.clock = clock;
    }

    @Bean
    static NavigationItem duplicatesNavigation() {
        return new NavigationItem("Duplicates", "/persons/duplicates", Permission.PERSON_MERGE, 15,
                "Probable duplicate person records, with the evidence: compare, merge or dismiss them.");
    }

    @GetMapping("/persons/duplicates")
    @RequiresPermission(Permission.PERSON_MERGE)
    String list(Model model) {
        model.addAttribute("reviews", duplicates.open(100));
        model.addAttribute("today", ForceTime.today(clock));
        return "search/duplicates";
    }

    @PostMapping("/persons/duplicates/scan")
    @RequiresPermission(Permission.PERSON_MERGE)
    String scan(RedirectAttributes redirect) {
        try {
            DuplicateDetection.Scan scan = duplicates.scan();
            redirect.addFlashAttribute("success", "Checked " + scan.peopleChecked() + " records: "
                    + scan.openPairs() + " probable duplicate pairs to review.");
        } catch (IllegalStateException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/persons/duplicates";
    }

    @PostMapping("/persons/duplicates/dismiss")
    @RequiresPermission(Permission.PERSON_MERGE)
    String dismiss(@RequestParam PersonId first, @RequestParam PersonId second, @RequestParam(required = false) String reason,
                   RedirectAttributes redirect) {
        try {
            duplicates.dismiss(first, second, reason);
            redirect.addFlashAttribute("success", "Recorded as different people: the pair will not be offered again.");
        } catch (IllegalArgumentException | java.util.NoSuchElementException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/persons/duplicates";
    }
}

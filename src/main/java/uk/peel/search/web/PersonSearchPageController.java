package uk.peel.search.web;

import java.time.Clock;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import uk.peel.platform.ForceTime;
import uk.peel.platform.access.Permission;
import uk.peel.platform.access.RequiresPermission;
import uk.peel.search.PersonSearch;

@Controller
class PersonSearchPageController {

    private final PersonSearch search;
    private final Clock clock;

    PersonSearchPageController(PersonSearch search, Clock clock) {
        this.search = search;
        this.clock = clock;
    }

    @GetMapping("/search")
    @RequiresPermission(Permission.PERSON_READ)
    String search(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("searchText", q);
        model.addAttribute("today", ForceTime.today(clock));
        if (q != null && !q.isBlank()) {
            try {
                model.addAttribute("results", search.search(q, 20));
            } catch (IllegalArgumentException e) {
                model.addAttribute("problem", e.getMessage());
            }
        }
        return "search/index";
    }
}

package uk.peel.search.web;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import uk.peel.person.Gender;
import uk.peel.platform.ForceTime;
import uk.peel.platform.InvalidInputException;
import uk.peel.platform.access.Permission;
import uk.peel.platform.access.RequiresPermission;
import uk.peel.search.PersonSearch;
import uk.peel.search.PersonSearchRequest;

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
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) String forename,
                  @RequestParam(required = false) String surname, @RequestParam(required = false) String dob,
                  @RequestParam(required = false) String ageFrom, @RequestParam(required = false) String ageTo,
                  @RequestParam(required = false) String gender, @RequestParam(required = false) String postcode,
                  Model model) {
        PersonSearchRequest request = new PersonSearchRequest(q, forename, surname, dob, ageFrom, ageTo, gender, postcode);
        model.addAttribute("searchText", request.q());
        model.addAttribute("advanced", request);
        model.addAttribute("genders", Gender.values());
        model.addAttribute("today", ForceTime.today(clock));
        if (request.q() != null || request.any()) {
            try {
                model.addAttribute("results", search.search(request, 20));
            } catch (InvalidInputException e) {
                Map<String, String> problems = new LinkedHashMap<>();
                e.problems().forEach(problem -> problems.put(problem.field(), problem.message()));
                model.addAttribute("problems", problems);
                model.addAttribute("problem", problems.containsKey("q") ? problems.get("q") : null);
            }
        }
        return "search/index";
    }
}

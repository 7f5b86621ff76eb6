package uk.peel.person.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.peel.person.LikelyMatches;
import uk.peel.person.Person;
import uk.peel.person.PersonDetails;
import uk.peel.person.PersonId;
import uk.peel.person.PersonMerges;
import uk.peel.person.PersonRecords;
import uk.peel.person.PersonVersion;
import uk.peel.person.VersionConflictException;
import uk.peel.platform.InputValidation;
import uk.peel.platform.InvalidInputException;
import uk.peel.platform.ForceTime;
import uk.peel.platform.web.NavigationItem;
import uk.peel.platform.web.NavigationPages;
import uk.peel.platform.access.CurrentUser;
import uk.peel.platform.access.Permission;
import uk.peel.platform.access.RequiresPermission;

/**
 * The person record pages: list and filter, create, view, correct and read the history. Forms post back to the
 * same address and, when something is wrong, come back as the officer left them with every problem listed; a
 * save redirects to the record (post-redirect-get) so that a reload cannot save twice.
 */
@Controller
@RequestMapping("/persons")
class PersonPageController {

    private static final int PAGE_SIZE = 25;

    private final PersonRecords records;
    private final InputValidation validation;
    private final Clock clock;
    private final ObjectProvider<LikelyMatches> likelyMatches;
    private final PersonMerges merges;

    PersonPageController(PersonRecords records, InputValidation validation, Clock clock,
                         ObjectProvider<LikelyMatches> likelyMatches, PersonMerges merges) {
        this.merges = merges;
        this.likelyMatches = likelyMatches;
        this.records = records;
        this.validation = validation;
        this.clock = clock;
    }

    @Bean
    static NavigationItem personsNavigation() {
        return new NavigationItem("People", "/persons", Permission.PERSON_READ, 10,
                "Find people by surname, see their warning markers, and create or correct their records.");
    }

    /** The form is a record, built through its constructor; nothing is set on it afterwards. */
    @InitBinder("form")
    void bindThroughConstructorOnly(WebDataBinder binder) {
        binder.setDeclarativeBinding(true);
    }

    @GetMapping
    @RequiresPermission(Permission.PERSON_READ)
    String list(@RequestParam(defaultValue = "") String surname, @RequestParam(defaultValue = "0") int page,
                @RequestHeader(name = "HX-Request", required = false) String htmx,
                @RequestHeader(name = "HX-History-Restore-Request", required = false) String historyRestore,
                HttpServletResponse response, Model model) {
        PersonRecords.Page result = records.list(surname, page, PAGE_SIZE);
        boolean partial = htmx != null && historyRestore == null;
        model.addAttribute("result", result);
        model.addAttribute("surname", surname);
        model.addAttribute("today", today());
        model.addAttribute("partial", partial);
        model.addAttribute("pages", NavigationPages.of(result.page(), result.pages(), "/persons",
                Map.of("surname", surname.strip())));
        // The same address answers with a whole page or, for htmx, the results only: caches must tell them apart.
        response.addHeader("Vary", "HX-Request");
        return partial ? "persons/list :: results" : "persons/list";
    }

    @GetMapping("/new")
    @RequiresPermission(Permission.PERSON_CREATE)
    String newPerson(Model model) {
        return form(model, PersonForm.empty().withSpareRows(), new PersonFormErrors(), null);
    }

    @PostMapping
    @RequiresPermission(Permission.PERSON_CREATE)
    String create(@ModelAttribute("form") PersonForm form, @RequestParam(required = false) String action,
                  @RequestParam(defaultValue = "false") boolean checkedForMatches, Model model,
                  RedirectAttributes redirect) {
        Optional<PersonForm.Section> another = PersonForm.Section.forAction(action);
        if (another.isPresent()) {
            return formWithAnother(model, form, another.get(), null);
        }
        PersonForm.Mapped mapped = form.toDetails();
        PersonFormErrors errors = check(mapped);
        if (errors.isEmpty() && !checkedForMatches) {
            // Before creating, show who may already be on record: one golden record per person.
            List<LikelyMatches.LikelyMatch> likely = likelyMatches.getIfAvailable(() -> details -> List.of()).of(mapped.details());
            if (!likely.isEmpty()) {
                model.addAttribute("likelyMatches", likely);
                return form(model, form, errors, null);
            }
        }
        if (errors.isEmpty()) {
            try {
                Person person = records.record(mapped.details());
                redirect.addFlashAttribute("success", "Person record created for " + person.details().fullName());
                return "redirect:/persons/" + person.id();
            } catch (InvalidInputException e) {
                e.problems().forEach(problem -> errors.add(problem, mapped::formPath));
            }
        }
        return form(model, form, errors, null);
    }

    @GetMapping("/{id}")
    @RequiresPermission(Permission.PERSON_READ)
    String view(@PathVariable PersonId id, Model model) {
        Person person = records.view(id);
        model.addAttribute("person", person);
        model.addAttribute("sources", records.sourcesOf(id));
        if (CurrentUser.has(Permission.PERSON_HISTORY_READ)) {
            model.addAttribute("merges", merges.involving(id));
        }
        details(model, person.details());
        return "persons/view";
    }

    @GetMapping("/{id}/correct")
    @RequiresPermission(Permission.PERSON_CORRECT)
    String correctForm(@PathVariable PersonId id, Model model) {
        return form(model, PersonForm.of(records.view(id)).withSpareRows(), new PersonFormErrors(), id);
    }

    @PostMapping("/{id}/correct")
    @RequiresPermission(Permission.PERSON_CORRECT)
    String correct(@PathVariable PersonId id, @ModelAttribute("form") PersonForm form,
                   @RequestParam(required = false) String action, Model model, RedirectAttributes redirect) {
        if (form.version() == null) {
            return "redirect:/persons/" + id + "/correct"; // not from our form: start again from the current version
        }
        Optional<PersonForm.Section> another = PersonForm.Section.forAction(action);
        if (another.isPresent()) {
            return formWithAnother(model, form, another.get(), id);
        }
        PersonForm.Mapped mapped = form.toDetails();
        PersonFormErrors errors = check(mapped);
        if (form.reason() == null || form.reason().isBlank()) {
            errors.add("reason", "Enter the reason for the correction");
        }
        if (errors.isEmpty()) {
            try {
                Person person = records.correct(id, form.version(), mapped.details(), form.reason());
                redirect.addFlashAttribute("success", "Correction saved as version " + person.version());
                return "redirect:/persons/" + id;
            } catch (InvalidInputException e) {
                e.problems().forEach(problem -> errors.add(problem, mapped::formPath));
            } catch (VersionConflictException e) {
                model.addAttribute("conflictVersion", e.currentVersion());
            }
        }
        return form(model, form, errors, id);
    }

    @GetMapping("/{id}/history")
    @RequiresPermission(Permission.PERSON_HISTORY_READ)
    String history(@PathVariable PersonId id, Model model) {
        model.addAttribute("personId", id);
        model.addAttribute("versions", records.history(id));
        return "persons/history";
    }

    @GetMapping("/{id}/history/{version}")
    @RequiresPermission(Permission.PERSON_HISTORY_READ)
    String version(@PathVariable PersonId id, @PathVariable int version, Model model) {
        PersonVersion found = records.version(id, version);
        model.addAttribute("personId", id);
        model.addAttribute("version", found);
        details(model, found.details());
        return "persons/version";
    }

    /** Problems reading the form and problems with what it says, together, so the officer sees them all at once. */
    private PersonFormErrors check(PersonForm.Mapped mapped) {
        PersonFormErrors errors = mapped.errors();
        validation.problems(mapped.details()).forEach(problem -> errors.add(problem, mapped::formPath));
        return errors;
    }

    private String formWithAnother(Model model, PersonForm form, PersonForm.Section section, PersonId id) {
        PersonForm grown = form.withAnother(section);
        model.addAttribute("focus", grown.focusAfterAdding(section));
        return form(model, grown, new PersonFormErrors(), id);
    }

    private String form(Model model, PersonForm form, PersonFormErrors errors, PersonId id) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("options", PersonFormOptions.ALL);
        model.addAttribute("correcting", id != null);
        model.addAttribute("personId", id);
        return "persons/form";
    }

    private void details(Model model, PersonDetails details) {
        LocalDate today = today();
        model.addAttribute("details", details);
        model.addAttribute("today", today);
        model.addAttribute("currentAddresses", details.addresses().stream().filter(a -> a.currentOn(today)).toList());
        model.addAttribute("otherAddresses", details.addresses().stream().filter(a -> !a.currentOn(today)).toList());
    }

    private LocalDate today() {
        return ForceTime.today(clock);
    }
}

package uk.peel.stopsearch.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import uk.peel.platform.ForceTime;
import uk.peel.platform.InvalidInputException;
import uk.peel.platform.access.Permission;
import uk.peel.platform.access.RequiresPermission;
import uk.peel.platform.web.NavigationItem;
import uk.peel.stopsearch.Legislation;
import uk.peel.stopsearch.NewStop;
import uk.peel.stopsearch.ObjectOfSearch;
import uk.peel.stopsearch.Stop;
import uk.peel.stopsearch.StopConcern;
import uk.peel.stopsearch.StopId;
import uk.peel.stopsearch.StopLocation;
import uk.peel.stopsearch.StopOutcome;
import uk.peel.stopsearch.StopType;
import uk.peel.stopsearch.Stops;

/** The latest stops, the form an officer records one on, and one stop's record. */
@Controller
class StopPageController {

    private final Stops stops;

    StopPageController(Stops stops) {
        this.stops = stops;
    }

    @Bean
    static NavigationItem stopsNavigation() {
        return new NavigationItem("Stops", "/stops", Permission.STOP_READ, 24,
                "Stop and search and stop and account records; a safeguarding concern on a stop raises a notice.");
    }

    @GetMapping("/stops")
    @RequiresPermission(Permission.STOP_READ)
    String list(Model model) {
        model.addAttribute("stops", stops.recent(200));
        return "stops/list";
    }

    @GetMapping("/stops/new")
    @RequiresPermission(Permission.STOP_RECORD)
    String newStop(Model model) {
        return form(model, Map.of(), null);
    }

    private String form(Model model, Map<String, String> form, List<String> problems) {
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("types", StopType.values());
        model.addAttribute("powers", Legislation.values());
        model.addAttribute("objects", ObjectOfSearch.values());
        model.addAttribute("outcomes", StopOutcome.values());
        model.addAttribute("concerns", StopConcern.values());
        return "stops/new";
    }

    /** The form: the time is typed in force time; choices arrive as their codes. */
    @PostMapping("/stops")
    @RequiresPermission(Permission.STOP_RECORD)
    String record(@RequestParam Map<String, String> form, Model model) {
        List<String> problems = new ArrayList<>();
        Instant stoppedAt = null;
        try {
            String typed = form.getOrDefault("stoppedAt", "");
            stoppedAt = typed.isBlank() ? null : LocalDateTime.parse(typed.strip()).atZone(ForceTime.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            problems.add("Enter when the stop happened as a date and time");
        }
        StopType type = choice(form, "type", StopType::valueOf, "Choose the kind of stop", problems);
        Legislation power = choice(form, "legislation", Legislation::valueOf, "Choose the power from the list", problems);
        ObjectOfSearch object = choice(form, "objectOfSearch", ObjectOfSearch::valueOf, "Choose what was looked for from the list", problems);
        StopOutcome outcome = choice(form, "outcome", StopOutcome::valueOf, "Choose the outcome from the list", problems);
        StopConcern concern = choice(form, "concern", StopConcern::valueOf, "Choose the safeguarding concern from the list", problems);
        UUID person = choice(form, "personId", UUID::fromString, "The person record id is not one Peel gave: find the person and copy it from their record", problems);
        Double latitude = choice(form, "latitude", Double::valueOf, "Latitude must be a number, such as 53.4808", problems);
        Double longitude = choice(form, "longitude", Double::valueOf, "Longitude must be a number, such as -2.2426", problems);
        if (!problems.isEmpty()) {
            return form(model, form, problems);
        }
        try {
            Stop stop = stops.record(new NewStop(type, stoppedAt, new StopLocation(form.get("postcode"), form.get("locationDescription"),
                    latitude, longitude), person, form.get("personName"), form.get("gender"), form.get("ageRange"),
                    form.get("selfDefinedEthnicity"), form.get("officerDefinedEthnicity"), power, form.get("authorisation"), object,
                    form.get("grounds"), outcome, form.containsKey("outcomeLinkedToObject") ? Boolean.TRUE : null,
                    form.containsKey("removalOfMoreThanOuterClothing"), form.get("operation"), form.get("officer"), concern,
                    form.get("concernDetails")));
            return "redirect:/stops/" + stop.id();
        } catch (InvalidInputException e) {
            return form(model, form, new ArrayList<>(e.problems().stream().map(p -> p.field() + ": " + p.message()).toList()));
        }
    }

    private static <T> T choice(Map<String, String> form, String field, Function<String, T> parse, String problem, List<String> problems) {
        String value = form.getOrDefault(field, "");
        if (value.isBlank()) {
            return null;
        }
        try {
            return parse.apply(value.strip());
        } catch (IllegalArgumentException e) {
            problems.add(problem);
            return null;
        }
    }

    @GetMapping("/stops/{id}")
    @RequiresPermission(Permission.STOP_READ)
    String view(@PathVariable String id, Model model) {
        StopId stop;
        try {
            stop = StopId.of(id);
        } catch (InvalidInputException e) {
            throw new NoSuchElementException("There is no stop " + id); // an address that cannot name one: not found
        }
        model.addAttribute("stop", stops.view(stop));
        return "stops/view";
    }

}

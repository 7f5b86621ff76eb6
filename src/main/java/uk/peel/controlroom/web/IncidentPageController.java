package uk.peel.controlroom.web;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.peel.dispatch.Dispatch;
import uk.peel.dispatch.DispatchAdvisor;
import uk.peel.gazetteer.Gazetteer;
import uk.peel.gazetteer.Location;
import uk.peel.gazetteer.MalformedPostcodeException;
import uk.peel.gazetteer.Postcode;
import uk.peel.incident.Incident;
import uk.peel.incident.IncidentAlert;
import uk.peel.incident.IncidentId;
import uk.peel.incident.IncidentLocation;
import uk.peel.incident.Incidents;
import uk.peel.incident.LocationWarnings;
import uk.peel.incident.SafeguardingFlag;
import uk.peel.person.Person;
import uk.peel.person.PersonRecords;
import uk.peel.platform.ConflictException;
import uk.peel.platform.ForceTime;
import uk.peel.platform.InvalidInputException;
import uk.peel.platform.access.CurrentUser;
import uk.peel.platform.access.Permission;
import uk.peel.platform.access.RequiresPermission;
import uk.peel.resource.Resources;
import uk.peel.resource.UnitStatus;

/**
 * Call taking and the incident screen. Built for the keyboard: the call form starts on its first field and is sent
 * with Enter; on an incident, the digits 1 to 5 assign the recommended units and E, S and C move a unit en route,
 * at scene and clear (see {@code js/incident.js}). Every action also works as a plain form without JavaScript.
 */
@Controller
class IncidentPageController {

    private static final Map<String, String> CALL_LABELS = Map.ofEntries(
            Map.entry("openingCategory", "What is happening"), Map.entry("grade", "Grade"),
            Map.entry("location-postcode", "Postcode"), Map.entry("location-address", "Address or place"),
            Map.entry("location-latitude", "Latitude"), Map.entry("location-longitude", "Longitude"),
            Map.entry("caller-name", "Caller's name"), Map.entry("caller-phone", "Caller's phone number"),
            Map.entry("caller-relationship", "Caller's relationship"), Map.entry("account", "What the caller says"),
            Map.entry("linkTo", "Same event"));

    private final Incidents incidents;
    private final Dispatch dispatch;
    private final DispatchAdvisor advisor;
    private final Resources resources;
    private final Gazetteer gazetteer;
    private final PersonRecords persons;
    private final LocationWarnings warnings;
    private final uk.peel.safeguarding.Ppns ppns;
    private final uk.peel.crime.CrimeRecordingDecisions recordingDecisions;
    private final Clock clock;

    IncidentPageController(Incidents incidents, Dispatch dispatch, DispatchAdvisor advisor, Resources resources,
                           Gazetteer gazetteer, PersonRecords persons, LocationWarnings warnings,
                           uk.peel.safeguarding.Ppns ppns, uk.peel.crime.CrimeRecordingDecisions recordingDecisions,
                           Clock clock) {
        this.ppns = ppns;
        this.warnings = warnings;
        this.recordingDecisions = recordingDecisions;
        this.incidents = incidents;
        this.dispatch = dispatch;
        this.advisor = advisor;
        this.resources = resources;
        this.gazetteer = gazetteer;
        this.persons = persons;
        this.clock = clock;
    }

    @org.springframework.context.annotation.Bean
    static uk.peel.platform.web.NavigationItem newIncidentNavigation() {
        return new uk.peel.platform.web.NavigationItem("New incident", "/incidents/new", Permission.INCIDENT_CREATE, 4,
                "Take a call: open an incident, see what Peel knows about the place, grade it.");
    }

    @GetMapping("/incidents/new")
    @RequiresPermission(Permission.INCIDENT_CREATE)
    String newIncident(Model model) {
        return callForm(model, CallForm.blank(clock.instant()), new FormErrors(CALL_LABELS));
    }

    private String callForm(Model model, CallForm form, FormErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("categories", incidents.categories().all());
        model.addAttribute("grades", incidents.grading().grades());
        model.addAttribute("flags", SafeguardingFlag.values());
        return "incidents/new";
    }

    @PostMapping("/incidents")
    @RequiresPermission(Permission.INCIDENT_CREATE)
    String create(@ModelAttribute CallForm form, Model model) {
        List<uk.peel.platform.FieldProblem> typed = form.problems();
        if (!typed.isEmpty()) {
            return callForm(model, form, new FormErrors(CALL_LABELS).addAll(typed));
        }
        try {
            Incident incident = incidents.open(form.toReport());
            return "redirect:/incidents/" + incident.id();
        } catch (InvalidInputException e) {
            return callForm(model, form, new FormErrors(CALL_LABELS).addAll(e.problems()));
        }
    }

    /**
     * What Peel knows about a location while the handler is still typing it: the place, earlier incidents there,
     * people linked to the postcode with their warning markers, and open incidents that may be the same event.
     */
    @GetMapping("/incidents/new/location")
    @RequiresPermission(Permission.INCIDENT_CREATE)
    String locationContext(@RequestParam(required = false) String postcode,
                           @RequestParam(required = false) String latitude,
                           @RequestParam(required = false) String longitude,
                           @RequestParam(required = false) String openingCategory,
                           @RequestParam(required = false) String linkTo, Model model) {
        Optional<Postcode> parsed = Optional.empty();
        String problem = null;
        if (postcode != null && !postcode.isBlank()) {
            try {
                parsed = Optional.of(Postcode.parse(postcode));
            } catch (MalformedPostcodeException e) {
                problem = postcode.strip().length() >= 5 ? e.getMessage() : null;
            }
        }
        Optional<Location> place = parsed.flatMap(gazetteer::lookup);
        Double lat = number(latitude).orElse(place.filter(Location::hasCoordinates).map(p -> p.coordinates().latitude()).orElse(null));
        Double lon = number(longitude).orElse(place.filter(Location::hasCoordinates).map(p -> p.coordinates().longitude()).orElse(null));
        IncidentLocation location = new IncidentLocation(parsed.map(Postcode::value).orElse(null), null, lat, lon);
        List<PersonAtAddress> people = parsed.map(p -> persons.linkedToPostcode(p, "call taking at " + p.value(), 10).stream()
                .map(person -> PersonAtAddress.of(person, ForceTime.today(clock))).toList()).orElse(List.of());
        model.addAttribute("postcodeProblem", problem);
        model.addAttribute("postcodeTyped", postcode);
        model.addAttribute("place", place.orElse(null));
        model.addAttribute("previous", incidents.previousAt(location, 10));
        model.addAttribute("people", people);
        model.addAttribute("warnings", warnings.at(location));
        model.addAttribute("sameEvent", incidents.possiblySameEvent(location, openingCategory));
        model.addAttribute("linkTo", linkTo);
        model.addAttribute("categoryLabels", categoryLabels());
        return "incidents/location :: context";
    }

    /** A person at the address as the call handler sees them: who, and what to be warned of. */
    record PersonAtAddress(String id, String name, List<String> warnings) {
        static PersonAtAddress of(Person person, java.time.LocalDate today) {
            return new PersonAtAddress(person.id().toString(), person.details().indexName(),
                    person.details().activeWarningMarkers(today).stream()
                            .map(m -> m.type().label() + (m.details() == null || m.details().isBlank() ? "" : ": " + m.details()))
                            .toList());
        }
    }

    @GetMapping("/incidents/{id}")
    @RequiresPermission(Permission.INCIDENT_READ)
    String view(@PathVariable String id, Model model) {
        Incident incident = incidents.view(IncidentId.of(id));
        Instant now = clock.instant();
        model.addAttribute("incident", incident);
        model.addAttribute("now", now);
        model.addAttribute("grade", incidents.grading().find(incident.grade()).orElse(null));
        model.addAttribute("clock", incident.clockAt(now, incidents.grading().find(incident.grade()).orElse(null)));
        model.addAttribute("category", incidents.categories().find(incident.openingCategory()).orElse(null));
        model.addAttribute("closingCategory", incident.closure() == null ? null
                : incidents.categories().find(incident.closure().category()).orElse(null));
        model.addAttribute("log", incidents.log(incident.id()));
        model.addAttribute("alerts", incidents.alerts(incident.id()));
        model.addAttribute("warnings", warnings.at(incident.location()));
        model.addAttribute("linked", incident.linkedTo() == null ? null : incidents.find(incident.linkedTo()));
        // Raised from the flags once the incident is saved (a moment later), so a reload shows them.
        model.addAttribute("ppns", CurrentUser.has(Permission.PPN_READ) ? ppns.ofIncident(incident.id()) : List.of());
        model.addAttribute("recommendations", incident.isClosed() || !CurrentUser.has(Permission.INCIDENT_DISPATCH)
                ? List.of() : advisor.recommend(incident.id(), 5));
        model.addAttribute("units", incident.activeUnits().stream().map(resources::find).toList());
        model.addAttribute("categories", incidents.categories().all());
        model.addAttribute("categoryLabels", categoryLabels());
        model.addAttribute("grades", incidents.grading().grades());
        model.addAttribute("canDispatch", CurrentUser.has(Permission.INCIDENT_DISPATCH));
        model.addAttribute("canClose", CurrentUser.has(Permission.INCIDENT_CLOSE));
        model.addAttribute("canLog", CurrentUser.has(Permission.INCIDENT_CREATE));
        // A crime-related closure's recording decision, once crime recording has taken the referral.
        model.addAttribute("recordingDecision", incident.closure() != null && incident.closure().crimeRelated()
                ? recordingDecisions.forIncident(incident.id()).orElse(null) : null);
        model.addAttribute("canReadCrime", CurrentUser.has(Permission.CRIME_READ));
        return "incidents/view";
    }

    @PostMapping("/incidents/{id}/assign")
    @RequiresPermission(Permission.INCIDENT_DISPATCH)
    String assign(@PathVariable String id, @RequestParam String callSign, RedirectAttributes redirect) {
        return act(id, redirect, () -> dispatch.assign(IncidentId.of(id), callSign), callSign + " assigned");
    }

    @PostMapping("/incidents/{id}/units/{callSign}/status")
    @RequiresPermission(Permission.INCIDENT_DISPATCH)
    String status(@PathVariable String id, @PathVariable String callSign, @RequestParam UnitStatus status,
                  RedirectAttributes redirect) {
        return act(id, redirect, () -> dispatch.status(callSign, status, null), callSign + " " + status.label().toLowerCase(java.util.Locale.UK));
    }

    @PostMapping("/incidents/{id}/log")
    @RequiresPermission(Permission.INCIDENT_CREATE)
    String log(@PathVariable String id, @RequestParam(required = false) String text,
               @RequestParam(required = false) String corrects, RedirectAttributes redirect) {
        if (corrects != null && !corrects.isBlank()) {
            int seq;
            try {
                seq = Integer.parseInt(corrects.strip());
            } catch (NumberFormatException e) {
                redirect.addFlashAttribute("problems", List.of("Corrects entry: give the number of the entry being corrected"));
                return "redirect:/incidents/" + IncidentId.of(id);
            }
            return act(id, redirect, () -> incidents.correct(IncidentId.of(id), seq, text), "Correction added to the log");
        }
        return act(id, redirect, () -> incidents.addNote(IncidentId.of(id), text), "Added to the log");
    }

    @PostMapping("/incidents/{id}/grade")
    @RequiresPermission(Permission.INCIDENT_DISPATCH)
    String regrade(@PathVariable String id, @RequestParam(required = false) String grade,
                   @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return act(id, redirect, () -> incidents.regrade(IncidentId.of(id), grade, reason), "Regraded");
    }

    @PostMapping("/incidents/{id}/alerts/{kind}/acknowledge")
    @RequiresPermission(Permission.INCIDENT_DISPATCH)
    String acknowledge(@PathVariable String id, @PathVariable IncidentAlert.Kind kind, RedirectAttributes redirect) {
        return act(id, redirect, () -> {
            incidents.acknowledge(IncidentId.of(id), kind);
            return null;
        }, "Alert acknowledged");
    }

    @PostMapping("/incidents/{id}/close")
    @RequiresPermission(Permission.INCIDENT_CLOSE)
    String close(@PathVariable String id, @RequestParam(required = false) String category,
                 @RequestParam(required = false) List<String> qualifiers, @RequestParam(required = false) String result,
                 RedirectAttributes redirect) {
        return act(id, redirect, () -> dispatch.close(IncidentId.of(id), new Incidents.ClosureRequest(category,
                qualifiers == null ? List.of() : qualifiers, result)), "Incident closed");
    }

    private String act(String id, RedirectAttributes redirect, java.util.function.Supplier<?> action, String success) {
        try {
            action.get();
            redirect.addFlashAttribute("success", success);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problems", e.problems().stream().map(Object::toString).toList());
        } catch (ConflictException | java.util.NoSuchElementException e) {
            redirect.addFlashAttribute("problems", new ArrayList<>(List.of(e.getMessage())));
        }
        return "redirect:/incidents/" + IncidentId.of(id);
    }

    private Map<String, String> categoryLabels() {
        Map<String, String> labels = new java.util.HashMap<>();
        incidents.categories().all().forEach(c -> labels.put(c.code(), c.label()));
        return labels;
    }

    private static Optional<Double> number(String text) {
        try {
            return text == null || text.isBlank() ? Optional.empty() : Optional.of(Double.parseDouble(text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}

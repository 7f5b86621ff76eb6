package uk.peel.controlroom.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.peel.dispatch.Dispatch;
import uk.peel.platform.FieldProblem;
import uk.peel.platform.ForceTime;
import uk.peel.platform.InvalidInputException;
import uk.peel.platform.access.CurrentUser;
import uk.peel.platform.access.Permission;
import uk.peel.platform.access.RequiresPermission;
import uk.peel.resource.Resources;
import uk.peel.resource.Unit;
import uk.peel.resource.UnitRegistration;
import uk.peel.resource.UnitStatus;
import uk.peel.resource.UnitType;

/**
 * A unit's page (status, crew, shift, its log, and one key for each status a dispatcher sets from here: A
 * available, U unavailable, O off duty) and booking a unit on for a shift.
 */
@Controller
class UnitPageController {

    private static final Map<String, String> LABELS = Map.of("callSign", "Call sign", "type", "Kind of unit",
            "shiftStart", "Shift start", "shiftEnd", "Shift end", "crew", "Crew", "skills", "Skills");

    private final Resources resources;
    private final Dispatch dispatch;

    UnitPageController(Resources resources, Dispatch dispatch) {
        this.resources = resources;
        this.dispatch = dispatch;
    }

    @GetMapping("/units/{callSign}")
    @RequiresPermission(Permission.UNIT_READ)
    String view(@PathVariable String callSign, Model model) {
        Unit unit = resources.find(callSign);
        model.addAttribute("unit", unit);
        model.addAttribute("log", resources.log(unit.callSign(), 50));
        model.addAttribute("canSetStatus", CurrentUser.has(Permission.UNIT_STATUS));
        model.addAttribute("statuses", List.of(UnitStatus.AVAILABLE, UnitStatus.UNAVAILABLE, UnitStatus.OFF_DUTY));
        return "units/view";
    }

    @PostMapping("/units/{callSign}/status")
    @RequiresPermission(Permission.UNIT_STATUS)
    String status(@PathVariable String callSign, @RequestParam UnitStatus status, @RequestParam(required = false) String note,
                  RedirectAttributes redirect) {
        try {
            dispatch.status(callSign, status, note);
            redirect.addFlashAttribute("success", callSign + " is now " + status.label().toLowerCase(java.util.Locale.UK));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problems", e.problems().stream().map(Object::toString).toList());
        }
        return "redirect:/units/" + callSign;
    }

    @GetMapping("/units/new")
    @RequiresPermission(Permission.UNIT_MANAGE)
    String bookOnForm(Model model) {
        return form(model, new BookOnForm(null, null, null, null, null, null), new FormErrors(LABELS));
    }

    /** The book-on form as typed: crew one per line, skills comma-separated, shift times in force time. */
    record BookOnForm(String callSign, String type, String crew, String skills, String shiftStart, String shiftEnd) {
    }

    @PostMapping("/units")
    @RequiresPermission(Permission.UNIT_MANAGE)
    String bookOn(BookOnForm form, Model model) {
        FormErrors errors = new FormErrors(LABELS);
        UnitType type = null;
        try {
            type = form.type() == null || form.type().isBlank() ? null : UnitType.valueOf(form.type());
        } catch (IllegalArgumentException e) {
            errors.addAll(List.of(new FieldProblem("type", "choose the kind of unit")));
        }
        Instant start = time(form.shiftStart(), "shiftStart", errors);
        Instant end = time(form.shiftEnd(), "shiftEnd", errors);
        if (!errors.isEmpty()) {
            return form(model, form, errors);
        }
        try {
            Unit unit = resources.register(new UnitRegistration(form.callSign(), type, split(form.skills(), ","),
                    List.copyOf(split(form.crew(), "\n")), start, end));
            return "redirect:/units/" + unit.callSign();
        } catch (InvalidInputException e) {
            return form(model, form, errors.addAll(e.problems()));
        }
    }

    private String form(Model model, BookOnForm form, FormErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("types", UnitType.values());
        return "units/new";
    }

    private static Instant time(String text, String field, FormErrors errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.strip()).atZone(ForceTime.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            errors.addAll(List.of(new FieldProblem(field, "must be a date and time, such as 2026-11-24T07:00")));
            return null;
        }
    }

    private static Set<String> split(String text, String separator) {
        if (text == null || text.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(text.split(separator)).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }
}

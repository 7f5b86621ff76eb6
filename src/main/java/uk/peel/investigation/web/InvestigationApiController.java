package uk.peel.investigation.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.peel.crime.CrimeId;
import uk.peel.investigation.ContactFrequency;
import uk.peel.investigation.Investigation;
import uk.peel.investigation.InvestigationEntries;
import uk.peel.investigation.InvestigationPolicy;
import uk.peel.investigation.Investigations;
import uk.peel.investigation.OutcomeType;
import uk.peel.investigation.WorkLists;
import uk.peel.platform.access.Permission;
import uk.peel.platform.access.RequiresPermission;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Investigations", description = "Allocation, plan, tasks, supervisor reviews, victim contact, outcomes and \"my work\"")
class InvestigationApiController {

    private final Investigations investigations;
    private final InvestigationViews views;

    InvestigationApiController(Investigations investigations, InvestigationViews views) {
        this.investigations = investigations;
        this.views = views;
    }

    private CrimeId resolve(String idOrCrn) {
        return views.crime(idOrCrn);
    }

    @GetMapping("/crimes/{id}/investigation")
    @RequiresPermission(Permission.CRIME_READ)
    @Operation(summary = "The crime's investigation: allocation, clocks, plan versions, tasks, reviews, victim contacts, outcomes, log (audited)")
    Investigations.InvestigationFile view(@PathVariable String id) {
        return views.file(id);
    }

    record AllocationBody(String team, String officer, String supervisor) {
    }

    @PutMapping("/crimes/{id}/investigation/allocation")
    @RequiresPermission(Permission.INVESTIGATION_SUPERVISE)
    @Operation(summary = "Put the crime in a team's queue, with an officer (or none yet) and a supervisor")
    Investigation allocate(@PathVariable String id, @RequestBody AllocationBody body) {
        return investigations.allocate(resolve(id), body.team(), body.officer(), body.supervisor());
    }

    record PlanBody(List<String> lines, int basedOnVersion) {
    }

    @PostMapping("/crimes/{id}/investigation/plan")
    @RequiresPermission(Permission.CRIME_RECORD)
    @Operation(summary = "The plan's next version (lines of enquiry)",
            description = "basedOnVersion is the plan version read (0 for none); a plan changed since gets 409.")
    ResponseEntity<InvestigationEntries.Plan> plan(@PathVariable String id, @RequestBody PlanBody body) {
        CrimeId crime = resolve(id);
        InvestigationEntries.Plan plan = investigations.revisePlan(crime, body.lines(), body.basedOnVersion());
        return ResponseEntity.created(URI.create("/api/v1/crimes/" + crime + "/investigation")).body(plan);
    }

    record TaskBody(String description, String assignee, LocalDate dueOn) {
    }

    @PostMapping("/crimes/{id}/investigation/tasks")
    @RequiresPermission(Permission.CRIME_RECORD)
    @Operation(summary = "Add a task with its assignee and due date")
    ResponseEntity<InvestigationEntries.Task> task(@PathVariable String id, @RequestBody TaskBody body) {
        CrimeId crime = resolve(id);
        InvestigationEntries.Task task = investigations.addTask(crime, body.description(), body.assignee(), body.dueOn());
        return ResponseEntity.created(URI.create("/api/v1/crimes/" + crime + "/investigation")).body(task);
    }

    @PostMapping("/investigation-tasks/{taskId}/done")
    @RequiresPermission(Permission.CRIME_RECORD)
    @Operation(summary = "Mark a task done")
    InvestigationEntries.Task done(@PathVariable UUID taskId) {
        return investigations.completeTask(taskId);
    }

    record NoteBody(String note) {
    }

    @PostMapping("/crimes/{id}/investigation/reviews")
    @RequiresPermission(Permission.INVESTIGATION_SUPERVISE)
    @Operation(summary = "Record a supervisor review; the next falls due one review interval from now")
    Investigation review(@PathVariable String id, @RequestBody NoteBody body) {
        return investigations.review(resolve(id), body.note());
    }

    record ContactBody(String method, String note) {
    }

    @PostMapping("/crimes/{id}/investigation/victim-contacts")
    @RequiresPermission(Permission.CRIME_RECORD)
    @Operation(summary = "Record an update given to the victim; the next is due at the victim's chosen frequency")
    Investigation contact(@PathVariable String id, @RequestBody ContactBody body) {
        return investigations.recordVictimContact(resolve(id), body.method(), body.note());
    }

    record FrequencyBody(ContactFrequency frequency) {
    }

    @PutMapping("/crimes/{id}/investigation/contact-frequency")
    @RequiresPermission(Permission.CRIME_RECORD)
    @Operation(summary = "The victim's chosen update frequency (Victims' Code): WEEKLY, FORTNIGHTLY, MONTHLY or KEY_POINTS")
    Investigation frequency(@PathVariable String id, @RequestBody FrequencyBody body) {
        return investigations.contactEvery(resolve(id), body.frequency());
    }

    record OutcomeBody(String outcomeType, LocalDate outcomeDate, String note) {
    }

    @PostMapping("/crimes/{id}/investigation/outcomes")
    @RequiresPermission(Permission.CRIME_READ)
    @Operation(summary = "Give the crime its Home Office outcome (the next outcome version; earlier ones are kept)",
            description = "Only the investigation's supervisor or a user allowed to finalise investigations (403 otherwise).")
    ResponseEntity<InvestigationEntries.Outcome> outcome(@PathVariable String id, @RequestBody OutcomeBody body) {
        CrimeId crime = resolve(id);
        InvestigationEntries.Outcome outcome = investigations.setOutcome(crime, body.outcomeType(), body.outcomeDate(), body.note());
        return ResponseEntity.created(URI.create("/api/v1/crimes/" + crime + "/investigation")).body(outcome);
    }

    @GetMapping("/crimes/outcome-types")
    @RequiresPermission(Permission.CRIME_READ)
    @Operation(summary = "The Home Office outcome types, with the data.police.uk categories each is published under")
    List<OutcomeType> outcomeTypes() {
        return views.outcomeTypes().all();
    }

    @GetMapping("/investigation-teams")
    @RequiresPermission(Permission.CRIME_READ)
    @Operation(summary = "The force's investigation teams")
    List<InvestigationPolicy.Team> teams() {
        return views.teams();
    }

    @GetMapping("/my-work")
    @RequiresPermission(Permission.CRIME_READ)
    @Operation(summary = "The signed-in officer's crimes, tasks due or overdue, and victim updates due or overdue (audited)")
    WorkLists.OfficerWork myWork() {
        return views.officerWork();
    }

    @GetMapping("/my-work/supervision")
    @RequiresPermission(Permission.INVESTIGATION_SUPERVISE)
    @Operation(summary = "A supervisor's team queue, reviews due or overdue, and crimes with no officer (audited)",
            description = "team: a team code from /investigation-teams (400 naming it if the force has no such team); none: no queue.")
    WorkLists.SupervisorWork supervision(@RequestParam(required = false) String team) {
        return views.supervision(team);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        problem.setType(URI.create("about:blank"));
        return problem;
    }
}

package uk.peel.incident.web;

import java.net.URI;
import java.time.Clock;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.peel.incident.CallReport;
import uk.peel.incident.CrimeRecordingReferral;
import uk.peel.incident.CrimeRecordingReferrals;
import uk.peel.incident.GradingScheme;
import uk.peel.incident.Incident;
import uk.peel.incident.IncidentCategory;
import uk.peel.incident.IncidentId;
import uk.peel.incident.IncidentLocation;
import uk.peel.incident.IncidentLogEntry;
import uk.peel.incident.IncidentResource;
import uk.peel.incident.Incidents;
import uk.peel.platform.access.Permission;
import uk.peel.platform.access.RequiresPermission;

@RestController
@RequestMapping("/api/v1/incidents")
@Tag(name = "Incidents", description = "Call taking, grading, the incident log and closure")
class IncidentApiController {

    private final Incidents incidents;
    private final CrimeRecordingReferrals referrals;
    private final Clock clock;

    IncidentApiController(Incidents incidents, CrimeRecordingReferrals referrals, Clock clock) {
        this.incidents = incidents;
        this.referrals = referrals;
        this.clock = clock;
    }

    @PostMapping
    @RequiresPermission(Permission.INCIDENT_CREATE)
    @Operation(summary = "Open an incident from a call",
            description = "Only openingCategory and grade are required. Caller details are audited as collected.")
    ResponseEntity<IncidentResource> open(@RequestBody CallReport report) {
        Incident incident = incidents.open(report);
        return ResponseEntity.created(URI.create("/api/v1/incidents/" + incident.id()))
                .body(IncidentResource.of(incident, incidents.grading(), clock.instant(), true));
    }

    @GetMapping
    @RequiresPermission(Permission.INCIDENT_READ)
    @Operation(summary = "The open incidents, oldest first, with their clocks (no caller details)")
    List<IncidentResource> open() {
        return incidents.open().stream()
                .map(incident -> IncidentResource.of(incident, incidents.grading(), clock.instant(), false)).toList();
    }

    @GetMapping("/{id}")
    @RequiresPermission(Permission.INCIDENT_READ)
    @Operation(summary = "One incident with its caller details (audited as a consultation)")
    IncidentResource view(@PathVariable String id) {
        return IncidentResource.of(incidents.view(IncidentId.of(id)), incidents.grading(), clock.instant(), true);
    }

    @GetMapping("/{id}/log")
    @RequiresPermission(Permission.INCIDENT_READ)
    @Operation(summary = "The incident's log, oldest first")
    List<IncidentLogEntry> log(@PathVariable String id) {
        IncidentId incident = IncidentId.of(id);
        incidents.find(incident);
        return incidents.log(incident);
    }

    record LogRequest(String text, Integer corrects) {
    }

    @PostMapping("/{id}/log")
    @RequiresPermission(Permission.INCIDENT_CREATE)
    @Operation(summary = "Add a log entry, or a correction of an earlier entry (give its number in corrects)")
    ResponseEntity<IncidentLogEntry> addToLog(@PathVariable String id, @RequestBody LogRequest request) {
        IncidentId incident = IncidentId.of(id);
        IncidentLogEntry entry = request.corrects() == null ? incidents.addNote(incident, request.text())
                : incidents.correct(incident, request.corrects(), request.text());
        return ResponseEntity.status(201).body(entry);
    }

    record GradeRequest(String grade, String reason) {
    }

    @PostMapping("/{id}/grade")
    @RequiresPermission(Permission.INCIDENT_DISPATCH)
    @Operation(summary = "Regrade an incident; the clock keeps running from creation")
    IncidentResource regrade(@PathVariable String id, @RequestBody GradeRequest request) {
        return IncidentResource.of(incidents.regrade(IncidentId.of(id), request.grade(), request.reason()),
                incidents.grading(), clock.instant(), false);
    }

    @PutMapping("/{id}/location")
    @RequiresPermission(Permission.INCIDENT_CREATE)
    @Operation(summary = "Correct or refine the incident's location")
    IncidentResource relocate(@PathVariable String id, @RequestBody IncidentLocation location) {
        return IncidentResource.of(incidents.relocate(IncidentId.of(id), location), incidents.grading(), clock.instant(), false);
    }

    @GetMapping("/same-event")
    @RequiresPermission(Permission.INCIDENT_READ)
    @Operation(summary = "Open incidents that may be the same event as a new call (near in place and time, same category group)")
    List<IncidentResource> sameEvent(@RequestParam(required = false) String postcode,
                                     @RequestParam(required = false) Double latitude,
                                     @RequestParam(required = false) Double longitude,
                                     @RequestParam(required = false) String category) {
        return incidents.possiblySameEvent(new IncidentLocation(postcode, null, latitude, longitude), category).stream()
                .map(incident -> IncidentResource.of(incident, incidents.grading(), clock.instant(), false)).toList();
    }

    @GetMapping("/categories")
    @RequiresPermission(Permission.INCIDENT_READ)
    @Operation(summary = "The force's incident categories (opening and closing)")
    List<IncidentCategory> categories() {
        return incidents.categories().all();
    }

    @GetMapping("/grades")
    @RequiresPermission(Permission.INCIDENT_READ)
    @Operation(summary = "The force's grading scheme")
    List<GradingScheme.Grade> grades() {
        return incidents.grading().grades();
    }

    @GetMapping("/crime-referrals")
    @RequiresPermission(Permission.INCIDENT_READ)
    @Operation(summary = "Incidents closed as crime-related whose crime recording decision is pending")
    List<CrimeRecordingReferral> pendingReferrals() {
        return referrals.pending();
    }
}

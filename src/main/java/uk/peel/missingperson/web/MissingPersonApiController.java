package uk.peel.missingperson.web;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.peel.missingperson.LogLine;
import uk.peel.missingperson.MissingPerson;
import uk.peel.missingperson.MissingPersonId;
import uk.peel.missingperson.MissingPersons;
import uk.peel.missingperson.MissingRisk;
import uk.peel.missingperson.NewMissingPerson;
import uk.peel.platform.access.Permission;
import uk.peel.platform.access.RequiresPermission;

@RestController
@RequestMapping("/api/v1/missing-persons")
@Tag(name = "Missing persons", description = "Reports, risk grading, reviews, sightings, found and return-home interviews")
class MissingPersonApiController {

    private final MissingPersons missing;
    private final Clock clock;

    MissingPersonApiController(MissingPersons missing, Clock clock) {
        this.missing = missing;
        this.clock = clock;
    }

    @PostMapping
    @RequiresPermission(Permission.MISSING_PERSON_REPORT)
    @Operation(summary = "Report someone missing, with the first risk grading and the information it used")
    ResponseEntity<MissingPerson> report(@RequestBody NewMissingPerson report) {
        MissingPerson created = missing.report(report);
        return ResponseEntity.created(URI.create("/api/v1/missing-persons/" + created.id())).body(created);
    }

    @GetMapping
    @RequiresPermission(Permission.MISSING_PERSON_READ)
    @Operation(summary = "The live list: everyone missing, highest risk first, with review due and repeat flags")
    List<MissingPersons.LiveEntry> live() {
        return missing.live(clock.instant());
    }

    @GetMapping("/awaiting-interview")
    @RequiresPermission(Permission.MISSING_PERSON_READ)
    @Operation(summary = "People found whose return-home interview is still to do")
    List<MissingPersons.LiveEntry> awaitingInterview() {
        return missing.awaitingInterview(clock.instant());
    }

    @GetMapping("/review-alerts")
    @RequiresPermission(Permission.MISSING_PERSON_READ)
    @Operation(summary = "Open alerts for reviews not done on time, escalated ones first (the duty inspector's list)")
    List<uk.peel.missingperson.ReviewAlert> reviewAlerts() {
        return missing.openReviewAlerts(java.util.EnumSet.allOf(uk.peel.security.Role.class));
    }

    @GetMapping("/{id}/review-alerts")
    @RequiresPermission(Permission.MISSING_PERSON_READ)
    @Operation(summary = "Every review alert raised on one report, acknowledged or not")
    List<uk.peel.missingperson.ReviewAlert> reviewAlertsOf(@PathVariable String id) {
        MissingPersonId report = MissingPersonId.of(id);
        missing.find(report);
        return missing.reviewAlerts(report);
    }

    record Acknowledgement(Instant reviewDueAt, int level) {
    }

    @PostMapping("/{id}/review-alerts/acknowledgement")
    @RequiresPermission(Permission.MISSING_PERSON_MANAGE)
    @Operation(summary = "Acknowledge a review alert: it leaves the list (the review itself ends every alert about it)")
    ResponseEntity<Void> acknowledge(@PathVariable String id, @RequestBody Acknowledgement acknowledgement) {
        if (acknowledgement == null || acknowledgement.reviewDueAt() == null || acknowledgement.level() < 1 || acknowledgement.level() > 2) {
            throw new uk.peel.platform.InvalidInputException(List.of(new uk.peel.platform.FieldProblem("reviewDueAt",
                    "Give the alert's reviewDueAt and its level (1 or 2), as the alert list shows them")));
        }
        missing.acknowledgeReviewAlert(MissingPersonId.of(id), acknowledgement.reviewDueAt(), acknowledgement.level());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}")
    @RequiresPermission(Permission.MISSING_PERSON_READ)
    @Operation(summary = "One report (audited as a consultation)")
    MissingPerson view(@PathVariable String id) {
        return missing.view(MissingPersonId.of(id));
    }

    @GetMapping("/{id}/log")
    @RequiresPermission(Permission.MISSING_PERSON_READ)
    @Operation(summary = "The report's log, oldest first")
    List<LogLine> log(@PathVariable String id) {
        MissingPersonId report = MissingPersonId.of(id);
        missing.find(report);
        return missing.log(report);
    }

    record GradingRequest(MissingRisk risk, String informationUsed, String suppliedBy, Instant suppliedAt) {
    }

    @PostMapping("/{id}/risk")
    @RequiresPermission(Permission.MISSING_PERSON_MANAGE)
    @Operation(summary = "Regrade the risk, recording the information used, who supplied it and when")
    MissingPerson regrade(@PathVariable String id, @RequestBody GradingRequest request) {
        return missing.regrade(MissingPersonId.of(id), request.risk(), request.informationUsed(), request.suppliedBy(), request.suppliedAt());
    }

    record ReviewRequest(String note) {
    }

    @PostMapping("/{id}/reviews")
    @RequiresPermission(Permission.MISSING_PERSON_MANAGE)
    @Operation(summary = "Record a review; the next falls due on the schedule for the grade")
    MissingPerson review(@PathVariable String id, @RequestBody ReviewRequest request) {
        return missing.review(MissingPersonId.of(id), request.note());
    }

    record SightingRequest(Instant seenAt, String location, String reportedBy, String details) {
    }

    @PostMapping("/{id}/sightings")
    @RequiresPermission(Permission.MISSING_PERSON_REPORT)
    @Operation(summary = "Record a sighting")
    MissingPerson sighting(@PathVariable String id, @RequestBody SightingRequest request) {
        return missing.sighting(MissingPersonId.of(id), request.seenAt(), request.location(), request.reportedBy(), request.details());
    }

    record FoundRequest(Instant foundAt, String where, String condition) {
    }

    @PostMapping("/{id}/found")
    @RequiresPermission(Permission.MISSING_PERSON_REPORT)
    @Operation(summary = "Record the person found; a return-home interview becomes due")
    MissingPerson found(@PathVariable String id, @RequestBody FoundRequest request) {
        return missing.found(MissingPersonId.of(id), request.foundAt(), request.where(), request.condition());
    }

    record InterviewRequest(boolean declined, String findings) {
    }

    @PostMapping("/{id}/return-home-interview")
    @RequiresPermission(Permission.MISSING_PERSON_MANAGE)
    @Operation(summary = "Record the return-home interview (held or declined); the report closes")
    MissingPerson interviewed(@PathVariable String id, @RequestBody InterviewRequest request) {
        return missing.interviewed(MissingPersonId.of(id), request.declined(), request.findings());
    }
}

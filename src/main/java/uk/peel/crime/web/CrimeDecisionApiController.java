package uk.peel.crime.web;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.peel.crime.Crime;
import uk.peel.crime.CrimeRecordingDecisions;
import uk.peel.crime.CrimeReport;
import uk.peel.crime.DecisionId;
import uk.peel.crime.NotACrimeReason;
import uk.peel.crime.RecordCrimeRequest;
import uk.peel.crime.RecordingDecision;
import uk.peel.platform.access.Permission;
import uk.peel.platform.access.RequiresPermission;

@RestController
@RequestMapping("/api/v1/crime-decisions")
@Tag(name = "Crime recording decisions", description = "The 24-hour NCRS recording decision on every crime-related report")
class CrimeDecisionApiController {

    private final CrimeRecordingDecisions decisions;
    private final Clock clock;

    CrimeDecisionApiController(CrimeRecordingDecisions decisions, Clock clock) {
        this.decisions = decisions;
        this.clock = clock;
    }

    @GetMapping
    @RequiresPermission(Permission.CRIME_READ)
    @Operation(summary = "Decisions still due, the nearest deadline first, with their clocks",
            description = "breached=true lists only those past their 24 hours, the longest overdue first.")
    List<DecisionResource> due(@RequestParam(defaultValue = "false") boolean breached,
                               @RequestParam(defaultValue = "200") int limit) {
        Instant now = clock.instant();
        int safe = Math.clamp(limit, 1, 1000);
        List<RecordingDecision> found = breached ? decisions.breachedAt(now, safe) : decisions.due(safe);
        return found.stream().map(d -> DecisionResource.listed(d, now)).toList();
    }

    @PostMapping
    @RequiresPermission(Permission.CRIME_RECORD)
    @Operation(summary = "Take a crime-related report from another channel (front counter, online, partner agency, third party)",
            description = "Opens its recording decision, due 24 hours after reportedAt (when the report reached the force; now if not given).")
    ResponseEntity<DecisionResource> report(@RequestBody CrimeReport report) {
        RecordingDecision decision = decisions.report(report);
        return ResponseEntity.created(URI.create("/api/v1/crime-decisions/" + decision.id()))
                .body(DecisionResource.of(decision, clock.instant(), decision.report(), List.of()));
    }

    @GetMapping("/{id}")
    @RequiresPermission(Permission.CRIME_READ)
    @Operation(summary = "One decision with its report and the crimes it recorded (audited as a consultation)")
    DecisionResource view(@PathVariable String id) {
        RecordingDecision decision = decisions.view(DecisionId.of(id));
        return DecisionResource.of(decision, clock.instant(), decision.report(), decisions.crimesOf(decision.id()));
    }

    @PostMapping("/{id}/record")
    @RequiresPermission(Permission.CRIME_RECORD)
    @Operation(summary = "Decide to record: one crime per victim under a Home Office classification",
            description = "Person ids must be on record. Location and summary default to the report's.")
    ResponseEntity<List<Crime>> record(@PathVariable String id, @RequestBody RecordCrimeRequest request) {
        List<Crime> recorded = decisions.record(DecisionId.of(id), request);
        return ResponseEntity.status(201).body(recorded);
    }

    record NotACrimeRequest(NotACrimeReason reason, String explanation) {
    }

    @PostMapping("/{id}/not-a-crime")
    @RequiresPermission(Permission.CRIME_RECORD)
    @Operation(summary = "Decide that the report is not a crime, with the reason and an explanation (audited)")
    DecisionResource notACrime(@PathVariable String id, @RequestBody NotACrimeRequest request) {
        RecordingDecision decision = decisions.notACrime(DecisionId.of(id), request.reason(), request.explanation());
        return DecisionResource.of(decision, clock.instant(), decision.report(), List.of());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e) {
        return CrimeProblems.forbidden(e);
    }
}

package uk.peel.crime.web;

import java.net.URI;
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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.peel.crime.ChangeRequest;
import uk.peel.crime.ChangeRequestId;
import uk.peel.crime.Crime;
import uk.peel.crime.CrimeId;
import uk.peel.crime.CrimeReconciliation;
import uk.peel.crime.CrimeVersion;
import uk.peel.crime.Crimes;
import uk.peel.crime.NotifiableOffences;
import uk.peel.crime.Offence;
import uk.peel.crime.ReconciliationReport;
import uk.peel.platform.access.Permission;
import uk.peel.platform.access.RequiresPermission;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Crimes", description = "Recorded crimes, their history, cancellation and reclassification, and the reconciliation")
class CrimeApiController {

    private final Crimes crimes;
    private final NotifiableOffences offences;
    private final CrimeReconciliation reconciliation;

    CrimeApiController(Crimes crimes, NotifiableOffences offences, CrimeReconciliation reconciliation) {
        this.crimes = crimes;
        this.offences = offences;
        this.reconciliation = reconciliation;
    }

    /** A crime by its id or its crime reference number. */
    private CrimeId resolve(String idOrCrn) {
        return idOrCrn.strip().toUpperCase(java.util.Locale.ROOT).startsWith("CR-") ? crimes.findByCrn(idOrCrn).id() : CrimeId.of(idOrCrn);
    }

    @GetMapping("/crimes")
    @RequiresPermission(Permission.CRIME_READ)
    @Operation(summary = "The most recently recorded crimes (audited as a consultation of each)")
    List<Crime> recent(@RequestParam(defaultValue = "50") int limit) {
        return crimes.recentWithDetails(limit);
    }

    @GetMapping("/crimes/offences")
    @RequiresPermission(Permission.CRIME_READ)
    @Operation(summary = "The Home Office notifiable offence list, with each offence's data.police.uk crime type")
    List<Offence> offences() {
        return offences.all();
    }

    @GetMapping("/crimes/{id}")
    @RequiresPermission(Permission.CRIME_READ)
    @Operation(summary = "One crime by id or crime reference number (audited as a consultation)")
    Crime view(@PathVariable String id) {
        return crimes.view(resolve(id));
    }

    @GetMapping("/crimes/{id}/history")
    @RequiresPermission(Permission.CRIME_READ)
    @Operation(summary = "Every version of the crime, oldest first, with what changed, who changed it and why")
    List<CrimeVersion> history(@PathVariable String id) {
        return crimes.history(resolve(id));
    }

    @GetMapping("/crimes/{id}/changes")
    @RequiresPermission(Permission.CRIME_READ)
    @Operation(summary = "Cancellations and reclassifications asked for, with the decision maker's answers")
    List<ChangeRequest> changes(@PathVariable String id) {
        return crimes.changes(resolve(id));
    }

    record CancellationBody(String reason, String explanation) {
    }

    @PostMapping("/crimes/{id}/cancellation")
    @RequiresPermission(Permission.CRIME_RECORD)
    @Operation(summary = "Ask for the crime to be cancelled",
            description = "reason must be one the Home Office Counting Rules allow (C1_TRANSFERRED, C2_ADDITIONAL_VERIFIABLE_INFORMATION, "
                    + "C3_DUPLICATE, C4_RECORDED_IN_ERROR); nothing changes until a designated decision maker approves.")
    ResponseEntity<ChangeRequest> cancel(@PathVariable String id, @RequestBody CancellationBody body) {
        ChangeRequest change = crimes.requestCancellation(resolve(id), body.reason(), body.explanation());
        return ResponseEntity.created(URI.create("/api/v1/crimes/" + change.crimeId() + "/changes")).body(change);
    }

    record ReclassificationBody(String classification, String reason, String explanation) {
    }

    @PostMapping("/crimes/{id}/reclassification")
    @RequiresPermission(Permission.CRIME_RECORD)
    @Operation(summary = "Ask for the crime to be reclassified",
            description = "reason: ADDITIONAL_VERIFIABLE_INFORMATION, PRINCIPAL_CRIME_RULE or CLASSIFIED_IN_ERROR. The earlier "
                    + "classification stays in the history.")
    ResponseEntity<ChangeRequest> reclassify(@PathVariable String id, @RequestBody ReclassificationBody body) {
        ChangeRequest change = crimes.requestReclassification(resolve(id), body.classification(), body.reason(), body.explanation());
        return ResponseEntity.created(URI.create("/api/v1/crimes/" + change.crimeId() + "/changes")).body(change);
    }

    @GetMapping("/crimes/changes/pending")
    @RequiresPermission(Permission.CRIME_READ)
    @Operation(summary = "Cancellations and reclassifications waiting for a decision maker, oldest first")
    List<ChangeRequest> pending() {
        return crimes.pendingChanges(500);
    }

    record DecisionBody(String note) {
    }

    @PostMapping("/crimes/changes/{changeId}/approve")
    @RequiresPermission(Permission.CRIME_APPROVE)
    @Operation(summary = "Approve a cancellation or reclassification (a decision maker other than the requester)")
    Crime approve(@PathVariable String changeId, @RequestBody(required = false) DecisionBody body) {
        return crimes.approve(ChangeRequestId.of(changeId), body == null ? null : body.note());
    }

    @PostMapping("/crimes/changes/{changeId}/refuse")
    @RequiresPermission(Permission.CRIME_APPROVE)
    @Operation(summary = "Refuse a cancellation or reclassification, saying why")
    ChangeRequest refuse(@PathVariable String changeId, @RequestBody DecisionBody body) {
        return crimes.refuse(ChangeRequestId.of(changeId), body.note());
    }

    record PersonBody(uk.peel.crime.CrimePerson.Role role, java.util.UUID personId) {
    }

    @PostMapping("/crimes/{id}/people")
    @RequiresPermission(Permission.CRIME_RECORD)
    @Operation(summary = "Link a person record as suspect, offender, witness or reporting person (the crime's next version)",
            description = "Victims are not added: each victim is a crime of their own.")
    Crime addPerson(@PathVariable String id, @RequestBody PersonBody body) {
        return crimes.addPerson(resolve(id), body.role(), body.personId());
    }

    @PostMapping("/crimes/{id}/amendments")
    @RequiresPermission(Permission.CRIME_RECORD)
    @Operation(summary = "Correct or add to the crime's facts (place, time, modus operandi, property, flags) as its next version",
            description = "basedOnVersion is the version read; a crime changed since gets 409 and nothing is saved.")
    Crime amend(@PathVariable String id, @RequestBody uk.peel.crime.CrimeAmendment amendment) {
        return crimes.amend(resolve(id), amendment);
    }

    record AllocationBody(String officer) {
    }

    @PutMapping("/crimes/{id}/allocation")
    @RequiresPermission(Permission.CRIME_RECORD)
    @Operation(summary = "Allocate the crime to an officer")
    Crime allocate(@PathVariable String id, @RequestBody AllocationBody body) {
        return crimes.allocate(resolve(id), body.officer());
    }

    @GetMapping("/crime-reconciliation")
    @RequiresPermission(Permission.CRIME_AUDIT)
    @Operation(summary = "The last reconciliation's report (404 if none has run)")
    ReconciliationReport latest() {
        return reconciliation.latest().orElseThrow(() -> new java.util.NoSuchElementException("No reconciliation has run yet"));
    }

    @PostMapping("/crime-reconciliation")
    @RequiresPermission(Permission.CRIME_AUDIT)
    @Operation(summary = "Reconcile now: every crime-related report has a timely decision, every decision its crime or reason")
    ReconciliationReport reconcile() {
        return reconciliation.reconcile();
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e) {
        return CrimeProblems.forbidden(e);
    }
}

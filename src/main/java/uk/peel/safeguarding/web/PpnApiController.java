package uk.peel.safeguarding.web;

import java.net.URI;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.peel.incident.IncidentId;
import uk.peel.platform.access.Permission;
import uk.peel.platform.access.RequiresPermission;
import uk.peel.safeguarding.DashChecklist;
import uk.peel.safeguarding.NewPpn;
import uk.peel.safeguarding.PartnerReferral;
import uk.peel.safeguarding.Ppn;
import uk.peel.safeguarding.PpnAlert;
import uk.peel.safeguarding.PpnId;
import uk.peel.safeguarding.PpnOutcome;
import uk.peel.safeguarding.Ppns;
import uk.peel.safeguarding.Referrals;
import uk.peel.safeguarding.RiskAssessments;
import uk.peel.safeguarding.SafeguardingPolicy;
import uk.peel.safeguarding.SafeguardingQueues;
import uk.peel.safeguarding.TeamQueue;
import uk.peel.security.Role;

@RestController
@RequestMapping("/api/v1/ppns")
@Tag(name = "Public protection notices", description = "Safeguarding notices, DASH risk assessment, triage, partner referrals and queues")
class PpnApiController {

    private final Ppns ppns;
    private final RiskAssessments assessments;
    private final Referrals referrals;
    private final SafeguardingQueues queues;
    private final Clock clock;

    PpnApiController(Ppns ppns, RiskAssessments assessments, Referrals referrals, SafeguardingQueues queues, Clock clock) {
        this.ppns = ppns;
        this.assessments = assessments;
        this.referrals = referrals;
        this.queues = queues;
        this.clock = clock;
    }

    @PostMapping
    @RequiresPermission(Permission.PPN_RAISE)
    @Operation(summary = "Raise a notice", description = "Linked to an incident (incidentId) or on its own. The people named are audited as collected.")
    ResponseEntity<PpnResource> raise(@RequestBody NewPpn request) {
        Ppn ppn = ppns.raise(request);
        return ResponseEntity.created(URI.create("/api/v1/ppns/" + ppn.id())).body(resource(ppn));
    }

    @GetMapping
    @RequiresPermission(Permission.PPN_READ)
    @Operation(summary = "Open notices, oldest first, with their clocks (no personal data)",
            description = "Give team for one team's queue, or incident for the notices raised from one incident (open or closed).")
    List<PpnSummary> open(@RequestParam(required = false) String team, @RequestParam(required = false) String incident,
                          @RequestParam(defaultValue = "500") int limit) {
        if (incident != null && !incident.isBlank()) {
            return ppns.ofIncident(IncidentId.of(incident)).stream()
                    .map(ppn -> PpnSummary.of(new SafeguardingQueues.QueueItem(ppn, ppn.clockAt(clock.instant())))).toList();
        }
        return queues.queue(team == null || team.isBlank() ? null : team.strip(), clock.instant(), Math.clamp(limit, 1, 10_000))
                .stream().map(PpnSummary::of).toList();
    }

    @GetMapping("/queues")
    @RequiresPermission(Permission.SAFEGUARDING_DASHBOARD)
    @Operation(summary = "Every team's queue: open notices by age band, oldest, breaches, escalations, raised and closed in the last day")
    List<TeamQueue> queues() {
        return queues.summaries(clock.instant());
    }

    @GetMapping("/queues/{team}/trend")
    @RequiresPermission(Permission.SAFEGUARDING_DASHBOARD)
    @Operation(summary = "A team's last days (default 7, force time): notices raised, closed, and open at each day's end")
    List<SafeguardingQueues.Day> trend(@PathVariable String team, @RequestParam(defaultValue = "7") int days) {
        String code = ppns.policy().team(team).map(SafeguardingPolicy.Team::code)
                .orElseThrow(() -> new java.util.NoSuchElementException("There is no safeguarding team " + team));
        return queues.trend(code, clock.instant(), Math.clamp(days, 1, 400));
    }

    @GetMapping("/escalations")
    @RequiresPermission(Permission.SAFEGUARDING_DASHBOARD)
    @Operation(summary = "Open escalations of missed service levels, oldest first")
    List<PpnAlert> escalations() {
        return ppns.openAlerts(EnumSet.allOf(Role.class));
    }

    @GetMapping("/types")
    @RequiresPermission(Permission.PPN_READ)
    @Operation(summary = "The force's notice types with their teams and service levels")
    List<SafeguardingPolicy.PpnType> types() {
        return ppns.policy().types();
    }

    @GetMapping("/dash-questions")
    @RequiresPermission(Permission.PPN_READ)
    @Operation(summary = "The 27 questions of the DASH risk assessment, by topic")
    List<DashChecklist.Question> dashQuestions() {
        return DashChecklist.QUESTIONS;
    }

    @GetMapping("/{id}")
    @RequiresPermission(Permission.PPN_READ)
    @Operation(summary = "One notice with the people it names (audited as a consultation), its assessment, referrals and escalations")
    PpnResource view(@PathVariable String id) {
        return resource(ppns.view(PpnId.of(id)));
    }

    @GetMapping("/{id}/log")
    @RequiresPermission(Permission.PPN_READ)
    @Operation(summary = "The notice's log, oldest first")
    List<uk.peel.safeguarding.PpnLogEntry> log(@PathVariable String id) {
        PpnId ppn = PpnId.of(id);
        ppns.find(ppn);
        return ppns.log(ppn);
    }

    @GetMapping("/{id}/links")
    @RequiresPermission(Permission.PPN_READ)
    @Operation(summary = "The crimes, stops and person records that raised the notice or were linked to it")
    List<uk.peel.safeguarding.PpnLink> links(@PathVariable String id) {
        PpnId ppn = PpnId.of(id);
        ppns.find(ppn);
        return ppns.links(ppn);
    }

    record LogRequest(String text) {
    }

    @PostMapping("/{id}/log")
    @RequiresPermission(Permission.PPN_RAISE)
    @Operation(summary = "Add to the notice's log")
    ResponseEntity<uk.peel.safeguarding.PpnLogEntry> addToLog(@PathVariable String id, @RequestBody LogRequest request) {
        return ResponseEntity.status(201).body(ppns.addNote(PpnId.of(id), request.text()));
    }

    @PostMapping("/{id}/risk-assessment")
    @RequiresPermission(Permission.PPN_ASSESS)
    @Operation(summary = "Complete the DASH risk assessment",
            description = "answers: every question 1-27 as YES, NO or DECLINED; judgement (STANDARD, MEDIUM, HIGH) with judgementReason "
                    + "may raise the grade. High risk (14+ yes or judgement) refers to MARAC automatically, audited as a disclosure.")
    PpnResource assess(@PathVariable String id, @RequestBody RiskAssessments.DashSubmission submission) {
        return resource(assessments.complete(PpnId.of(id), submission));
    }

    @PostMapping("/{id}/people")
    @RequiresPermission(Permission.PPN_RAISE)
    @Operation(summary = "Name a further person on the notice (victim, person causing harm, child...), linked to their record where known")
    PpnResource addPerson(@PathVariable String id, @RequestBody uk.peel.safeguarding.PpnPerson person) {
        return resource(ppns.addPerson(PpnId.of(id), person));
    }

    record TriageRequest(String decision) {
    }

    @PostMapping("/{id}/triage")
    @RequiresPermission(Permission.PPN_TRIAGE)
    @Operation(summary = "Record the safeguarding team's triage decision")
    PpnResource triage(@PathVariable String id, @RequestBody TriageRequest request) {
        return resource(ppns.triage(PpnId.of(id), request.decision()));
    }

    @GetMapping("/{id}/referrals")
    @RequiresPermission(Permission.PPN_READ)
    @Operation(summary = "The notice's referrals to partner agencies")
    List<PartnerReferral> referrals(@PathVariable String id) {
        PpnId ppn = PpnId.of(id);
        ppns.find(ppn);
        return referrals.of(ppn);
    }

    @PostMapping("/{id}/referrals")
    @RequiresPermission(Permission.PPN_REFER)
    @Operation(summary = "Refer the notice to a partner agency",
            description = "Recorded in the audit log as a disclosure to the agency, with what was shared and why.")
    ResponseEntity<PartnerReferral> refer(@PathVariable String id, @RequestBody Referrals.ReferralRequest request) {
        return ResponseEntity.status(201).body(referrals.refer(PpnId.of(id), request));
    }

    record CloseRequest(PpnOutcome outcome, String explanation) {
    }

    @PostMapping("/{id}/close")
    @RequiresPermission(Permission.PPN_TRIAGE)
    @Operation(summary = "Close the notice with its outcome", description = "Refused (400) without an outcome and an explanation.")
    PpnResource close(@PathVariable String id, @RequestBody CloseRequest request) {
        return resource(ppns.close(PpnId.of(id), request.outcome(), request.explanation()));
    }

    @PostMapping("/{id}/escalations/{kind}/acknowledge")
    @RequiresPermission(Permission.SAFEGUARDING_DASHBOARD)
    @Operation(summary = "Acknowledge an escalation")
    ResponseEntity<Void> acknowledge(@PathVariable String id, @PathVariable PpnAlert.Kind kind) {
        ppns.acknowledge(PpnId.of(id), kind);
        return ResponseEntity.noContent().build();
    }

    private PpnResource resource(Ppn ppn) {
        return PpnResource.of(ppn, ppns.policy(), clock.instant(), assessments.repeatFlags(ppn), referrals.of(ppn.id()),
                ppns.alerts(ppn.id()));
    }
}

package uk.peel.dispatch.web;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.peel.dispatch.Dispatch;
import uk.peel.dispatch.DispatchAdvisor;
import uk.peel.dispatch.Recommendation;
import uk.peel.incident.IncidentId;
import uk.peel.incident.Incidents;
import uk.peel.incident.IncidentResource;
import uk.peel.platform.FieldProblem;
import uk.peel.platform.InvalidInputException;
import uk.peel.platform.access.Permission;
import uk.peel.platform.access.RequiresPermission;
import uk.peel.resource.Unit;
import uk.peel.resource.UnitStatus;

@RestController
@Tag(name = "Dispatch", description = "Recommending, assigning and moving units through an incident")
class DispatchApiController {

    private final Dispatch dispatch;
    private final DispatchAdvisor advisor;
    private final Incidents incidents;
    private final Clock clock;

    DispatchApiController(Dispatch dispatch, DispatchAdvisor advisor, Incidents incidents, Clock clock) {
        this.dispatch = dispatch;
        this.advisor = advisor;
        this.incidents = incidents;
        this.clock = clock;
    }

    record RecommendationResource(String callSign, String type, String status, Double kilometres, Long etaSeconds,
                                  boolean meetsTarget, List<String> reasons) {
        static RecommendationResource of(Recommendation r) {
            return new RecommendationResource(r.unit().callSign(), r.unit().type().name(), r.unit().status().name(),
                    r.kilometres(), r.eta() == null ? null : r.eta().toSeconds(), r.meetsTarget(), r.reasons());
        }
    }

    @GetMapping("/api/v1/incidents/{id}/recommendations")
    @RequiresPermission(Permission.INCIDENT_READ)
    @Operation(summary = "Available units for the incident, quickest suitable first, each with its reasons")
    List<RecommendationResource> recommend(@PathVariable String id, @RequestParam(defaultValue = "5") int limit) {
        return advisor.recommend(IncidentId.of(id), Math.clamp(limit, 1, 50)).stream().map(RecommendationResource::of).toList();
    }

    record AssignRequest(String callSign) {
    }

    @PostMapping("/api/v1/incidents/{id}/units")
    @RequiresPermission(Permission.INCIDENT_DISPATCH)
    @Operation(summary = "Assign a unit to the incident (a unit committed elsewhere is diverted)")
    IncidentResource assign(@PathVariable String id, @RequestBody AssignRequest request) {
        if (request.callSign() == null || request.callSign().isBlank()) {
            throw new InvalidInputException(List.of(new FieldProblem("callSign", "choose a unit")));
        }
        return IncidentResource.of(dispatch.assign(IncidentId.of(id), request.callSign()), incidents.grading(), clock.instant(), false);
    }

    @PostMapping("/api/v1/incidents/{id}/close")
    @RequiresPermission(Permission.INCIDENT_CLOSE)
    @Operation(summary = "Close the incident with its closing category, qualifiers and result; units on it become available",
            description = "A crime-related closing category refers the incident for a crime recording decision, due within 24 hours.")
    IncidentResource close(@PathVariable String id, @RequestBody Incidents.ClosureRequest request) {
        return IncidentResource.of(dispatch.close(IncidentId.of(id), request), incidents.grading(), clock.instant(), false);
    }

    record StatusReport(UnitStatus status, String note) {
    }

    @PutMapping("/api/v1/units/{callSign}/status")
    @RequiresPermission(Permission.UNIT_STATUS)
    @Operation(summary = "Set a unit's status (devices and dispatchers): EN_ROUTE and AT_SCENE apply to its incident; "
            + "AVAILABLE clears it from the incident")
    Unit status(@PathVariable String callSign, @RequestBody StatusReport report) {
        if (report.status() == null) {
            throw new InvalidInputException(List.of(new FieldProblem("status", "give a status: "
                    + String.join(", ", java.util.Arrays.stream(UnitStatus.values()).map(Enum::name).toList()))));
        }
        return dispatch.status(callSign, report.status(), report.note());
    }

    static long seconds(Duration duration) {
        return duration.toSeconds();
    }
}

package uk.peel.incident.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

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

import uk.peel.incident.IncidentLocation;
import uk.peel.incident.LocationWarning;
import uk.peel.incident.LocationWarnings;
import uk.peel.platform.access.Permission;
import uk.peel.platform.access.RequiresPermission;

@RestController
@RequestMapping("/api/v1/location-warnings")
@Tag(name = "Location warnings", description = "Warnings about places, shown to call handlers and on incidents")
class LocationWarningApiController {

    private final LocationWarnings warnings;

    LocationWarningApiController(LocationWarnings warnings) {
        this.warnings = warnings;
    }

    record WarningRequest(IncidentLocation location, LocationWarning.Type type, String details) {
    }

    @PostMapping
    @RequiresPermission(Permission.INCIDENT_DISPATCH)
    @Operation(summary = "Record a warning about a place (by postcode or coordinates)")
    ResponseEntity<LocationWarning> record(@RequestBody WarningRequest request) {
        LocationWarning warning = warnings.record(request.location(), request.type(), request.details());
        return ResponseEntity.created(URI.create("/api/v1/location-warnings/" + warning.id())).body(warning);
    }

    @GetMapping
    @RequiresPermission(Permission.INCIDENT_READ)
    @Operation(summary = "Active warnings at a postcode or within about 60 metres of a point")
    List<LocationWarning> at(@RequestParam(required = false) String postcode, @RequestParam(required = false) Double latitude,
                             @RequestParam(required = false) Double longitude) {
        return warnings.at(new IncidentLocation(postcode, null, latitude, longitude));
    }

    record WithdrawRequest(String reason) {
    }

    @PostMapping("/{id}/withdraw")
    @RequiresPermission(Permission.INCIDENT_DISPATCH)
    @Operation(summary = "Withdraw a warning that no longer applies (it stays on record)")
    ResponseEntity<Void> withdraw(@PathVariable UUID id, @RequestBody WithdrawRequest request) {
        warnings.withdraw(id, request.reason());
        return ResponseEntity.noContent().build();
    }
}

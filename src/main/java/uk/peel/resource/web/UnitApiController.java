package uk.peel.resource.web;

import java.net.URI;
import java.time.Instant;
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

import uk.peel.platform.FieldProblem;
import uk.peel.platform.InvalidInputException;
import uk.peel.platform.access.Permission;
import uk.peel.platform.access.RequiresPermission;
import uk.peel.resource.Resources;
import uk.peel.resource.Unit;
import uk.peel.resource.UnitRegistration;

@RestController
@RequestMapping("/api/v1/units")
@Tag(name = "Units", description = "Units on the board: type, skills, crew, shift, status and position")
class UnitApiController {

    private final Resources resources;

    UnitApiController(Resources resources) {
        this.resources = resources;
    }

    @GetMapping
    @RequiresPermission(Permission.UNIT_READ)
    @Operation(summary = "Every unit with its status and last known position")
    List<Unit> all() {
        return resources.all();
    }

    @GetMapping("/{callSign}")
    @RequiresPermission(Permission.UNIT_READ)
    @Operation(summary = "One unit")
    Unit one(@PathVariable String callSign) {
        return resources.find(callSign);
    }

    @GetMapping("/{callSign}/log")
    @RequiresPermission(Permission.UNIT_READ)
    @Operation(summary = "The unit's status log, most recent first")
    List<Resources.StatusLogEntry> log(@PathVariable String callSign, @RequestParam(defaultValue = "100") int limit) {
        resources.find(callSign);
        return resources.log(callSign, Math.clamp(limit, 1, 1000));
    }

    @PostMapping
    @RequiresPermission(Permission.UNIT_MANAGE)
    @Operation(summary = "Put a unit on the board, or book it on again with a new crew, skills and shift")
    ResponseEntity<Unit> register(@RequestBody UnitRegistration registration) {
        Unit unit = resources.register(registration);
        return ResponseEntity.created(URI.create("/api/v1/units/" + unit.callSign().replace(" ", "%20"))).body(unit);
    }

    /** A position report from an in-vehicle or handheld device. */
    record PositionReport(Double latitude, Double longitude, Instant at) {
    }

    @PutMapping("/{callSign}/position")
    @RequiresPermission(Permission.UNIT_STATUS)
    @Operation(summary = "Report a unit's position (devices); a report older than the last one is ignored")
    Unit position(@PathVariable String callSign, @RequestBody PositionReport report) {
        if (report.latitude() == null || report.longitude() == null) {
            throw new InvalidInputException(List.of(new FieldProblem(report.latitude() == null ? "latitude" : "longitude",
                    "give both latitude and longitude")));
        }
        return resources.reportPosition(callSign, report.latitude(), report.longitude(), report.at());
    }
}

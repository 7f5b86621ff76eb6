package uk.peel.stopsearch.web;

import java.net.URI;
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

import uk.peel.platform.access.Permission;
import uk.peel.platform.access.RequiresPermission;
import uk.peel.stopsearch.NewStop;
import uk.peel.stopsearch.Stop;
import uk.peel.stopsearch.StopId;
import uk.peel.stopsearch.Stops;

@RestController
@RequestMapping("/api/v1/stops")
@Tag(name = "Stops", description = "Stop and search and stop and account records, with safeguarding concerns that raise notices")
class StopApiController {

    private final Stops stops;

    StopApiController(Stops stops) {
        this.stops = stops;
    }

    @PostMapping
    @RequiresPermission(Permission.STOP_RECORD)
    @Operation(summary = "Record a stop: a search needs its power, object, grounds and outcome; a safeguarding concern raises a notice")
    ResponseEntity<Stop> record(@RequestBody NewStop stop) {
        Stop recorded = stops.record(stop);
        return ResponseEntity.created(URI.create("/api/v1/stops/" + recorded.id())).body(recorded);
    }

    @GetMapping
    @RequiresPermission(Permission.STOP_READ)
    @Operation(summary = "The latest stops, newest first, without the person stopped (not a consultation)")
    List<StopSummary> recent(@RequestParam(defaultValue = "50") int limit) {
        return stops.recent(limit).stream().map(StopSummary::of).toList();
    }

    @GetMapping("/{id}")
    @RequiresPermission(Permission.STOP_READ)
    @Operation(summary = "One stop with the person stopped (audited as a consultation)")
    Stop view(@PathVariable String id) {
        return stops.view(StopId.of(id));
    }

    /** A stop as a list shows it: no one named. */
    record StopSummary(StopId id, String reference, String type, java.time.Instant stoppedAt, String location, String legislation,
                       String objectOfSearch, String outcome, String concern) {

        static StopSummary of(Stop stop) {
            return new StopSummary(stop.id(), stop.reference(), stop.type().label(), stop.stoppedAt(), stop.location().describe(),
                    stop.legislation() == null ? null : stop.legislation().label(),
                    stop.objectOfSearch() == null ? null : stop.objectOfSearch().label(),
                    stop.outcome() == null ? null : stop.outcome().label(), stop.concern() == null ? null : stop.concern().label());
        }
    }
}

package uk.peel.gazetteer.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Supplier;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.peel.gazetteer.Coordinates;
import uk.peel.gazetteer.Gazetteer;
import uk.peel.gazetteer.MalformedPostcodeException;
import uk.peel.gazetteer.Postcode;
import uk.peel.platform.FieldProblem;
import uk.peel.platform.InvalidInputException;
import uk.peel.platform.access.Permission;
import uk.peel.platform.access.RequiresPermission;
import uk.peel.platform.web.RequestIdFilter;

/** Postcode lookup, typeahead and nearest postcode. Reference data, not personal data: nothing here is audited. */
@RestController
@RequestMapping("/api/v1/gazetteer")
@Tag(name = "Gazetteer", description = "UK postcodes with coordinates, ward, LSOA, MSOA and local authority")
class GazetteerApiController {

    private final Gazetteer gazetteer;

    GazetteerApiController(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @GetMapping("/postcodes/{postcode}")
    @RequiresPermission(Permission.GAZETTEER_READ)
    @Operation(summary = "Look up a postcode, typed in any case and spacing (M154AB, m15 4ab)",
            description = "400 with an errors entry for the postcode when it is not a UK postcode; 404 when it is "
                    + "well formed but not in the gazetteer.")
    LocationResource lookup(@PathVariable String postcode) {
        Postcode wanted = parsed("postcode", () -> Postcode.parse(postcode));
        return gazetteer.lookup(wanted).map(LocationResource::of)
                .orElseThrow(() -> new NoSuchElementException("The gazetteer has no postcode " + wanted));
    }

    @GetMapping("/postcodes")
    @RequiresPermission(Permission.GAZETTEER_READ)
    @Operation(summary = "Postcodes starting with what has been typed so far, in postcode order, for typeahead",
            description = "A typed space marks the end of the outward code: 'M1 ' is district M1 only, 'M15 4' the "
                    + "M15 4 sector; without a space the characters match ignoring it ('M154' finds M15 4AB).")
    List<LocationResource> startingWith(@Parameter(description = "the start of a postcode, such as M15 4")
                                        @RequestParam String prefix,
                                        @Parameter(description = "at most this many (1-" + Gazetteer.MAX_SUGGESTIONS + ")")
                                        @RequestParam(defaultValue = "10") int limit) {
        checkLimit(limit, Gazetteer.MAX_SUGGESTIONS);
        return parsed("prefix", () -> gazetteer.startingWith(prefix, limit)).stream().map(LocationResource::of).toList();
    }

    @GetMapping("/nearest")
    @RequiresPermission(Permission.GAZETTEER_READ)
    @Operation(summary = "The postcodes nearest to a point (WGS84), nearest first, with the straight-line distance",
            description = "Empty when no postcode lies within 64 km (a point out at sea).")
    List<NearbyResource> nearest(@Parameter(description = "latitude in decimal degrees, such as 53.4656") @RequestParam double lat,
                                 @Parameter(description = "longitude in decimal degrees, such as -2.2605") @RequestParam double lon,
                                 @Parameter(description = "how many (1-" + Gazetteer.MAX_NEAREST + ")")
                                 @RequestParam(defaultValue = "1") int limit) {
        checkLimit(limit, Gazetteer.MAX_NEAREST);
        List<FieldProblem> problems = new ArrayList<>();
        if (!(lat >= -90 && lat <= 90)) {
            problems.add(new FieldProblem("lat", "must be between -90 and 90 degrees"));
        }
        if (!(lon >= -180 && lon <= 180)) {
            problems.add(new FieldProblem("lon", "must be between -180 and 180 degrees"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return gazetteer.nearest(Coordinates.of(lat, lon), limit).stream().map(NearbyResource::of).toList();
    }

    /** A malformed postcode as a problem naming the parameter, so a form can show the message beside the field. */
    @ExceptionHandler(MalformedPostcodeAt.class)
    ProblemDetail malformed(MalformedPostcodeAt e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setType(URI.create("about:blank"));
        problem.setTitle("Not a UK postcode");
        problem.setProperty("errors", List.of(new FieldProblem(e.field, e.getMessage())));
        String requestId = RequestIdFilter.current();
        if (requestId != null) {
            problem.setProperty("requestId", requestId);
        }
        return problem;
    }

    private static <T> T parsed(String field, Supplier<T> work) {
        try {
            return work.get();
        } catch (MalformedPostcodeException e) {
            throw new MalformedPostcodeAt(field, e);
        }
    }

    private static void checkLimit(int limit, int max) {
        if (limit < 1 || limit > max) {
            throw new InvalidInputException(List.of(new FieldProblem("limit", "must be between 1 and " + max)));
        }
    }

    /** A malformed postcode and the request parameter it came in. */
    static final class MalformedPostcodeAt extends RuntimeException {
        private final String field;

        MalformedPostcodeAt(String field, MalformedPostcodeException cause) {
            super(cause.getMessage(), cause);
            this.field = field;
        }
    }
}

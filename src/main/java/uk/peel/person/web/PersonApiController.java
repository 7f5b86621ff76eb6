package uk.peel.person.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import uk.peel.person.ImportFormat;
import uk.peel.person.Person;
import uk.peel.person.PersonDetails;
import uk.peel.person.PersonId;
import uk.peel.person.PersonImport;
import uk.peel.person.PersonRecords;
import uk.peel.person.PersonVersion;
import uk.peel.platform.access.Permission;
import uk.peel.platform.access.RequiresPermission;

@RestController
@RequestMapping("/api/v1/persons")
@Tag(name = "Persons", description = "Person (nominal) records, versioned and audited")
class PersonApiController {

    private final PersonRecords records;
    private final PersonImport importer;

    PersonApiController(PersonRecords records, PersonImport importer) {
        this.records = records;
        this.importer = importer;
    }

    record Listing(List<PersonResource> items, int page, int size, long total) {
    }

    @PostMapping
    @RequiresPermission(Permission.PERSON_CREATE)
    @Operation(summary = "Record a new person")
    ResponseEntity<PersonResource> create(@RequestBody PersonDetails details) {
        Person person = records.record(details);
        return ResponseEntity.created(URI.create("/api/v1/persons/" + person.id()))
                .eTag(Integer.toString(person.version()))
                .body(PersonResource.of(person));
    }

    @GetMapping("/{id}")
    @RequiresPermission(Permission.PERSON_READ)
    @Operation(summary = "View a person's current version (audited as a consultation; state why in X-Justification)")
    ResponseEntity<PersonResource> view(@PathVariable PersonId id) {
        Person person = records.view(id);
        return ResponseEntity.ok().eTag(Integer.toString(person.version())).body(PersonResource.of(person));
    }

    @PutMapping("/{id}")
    @RequiresPermission(Permission.PERSON_CORRECT)
    @Operation(summary = "Correct a person, creating a new version",
            description = "The version being corrected goes in If-Match (as returned in ETag) or the version "
                    + "parameter; if someone else corrected the record since, the answer is 409 and nothing is saved.")
    ResponseEntity<PersonResource> correct(@PathVariable PersonId id, @RequestBody PersonDetails details,
                                           @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                           @RequestParam(required = false) Integer version,
                                           @Parameter(description = "why the record is being corrected")
                                           @RequestParam(required = false) String reason) {
        int basedOn = basedOnVersion(ifMatch, version);
        Person person = records.correct(id, basedOn, details, reason);
        return ResponseEntity.ok().eTag(Integer.toString(person.version())).body(PersonResource.of(person));
    }

    @GetMapping
    @RequiresPermission(Permission.PERSON_READ)
    @Operation(summary = "List person records, most recently changed first, optionally by surname prefix")
    Listing list(@RequestParam(required = false) String surname, @RequestParam(defaultValue = "0") int page,
                 @RequestParam(defaultValue = "50") int size) {
        PersonRecords.Page found = records.list(surname, page, size);
        return new Listing(found.people().stream().map(PersonResource::of).toList(), found.page(), found.size(), found.total());
    }

    @GetMapping("/{id}/versions")
    @RequiresPermission(Permission.PERSON_HISTORY_READ)
    @Operation(summary = "Every version of a person record, newest first, with who changed it, when and why")
    List<PersonVersion> versions(@PathVariable PersonId id) {
        return records.history(id);
    }

    @GetMapping("/{id}/versions/{version}")
    @RequiresPermission(Permission.PERSON_HISTORY_READ)
    @Operation(summary = "One earlier version of a person record")
    PersonVersion version(@PathVariable PersonId id, @PathVariable int version) {
        return records.version(id, version);
    }

    @PostMapping(path = "/import", consumes = {"application/x-ndjson", "text/csv"})
    @RequiresPermission(Permission.PERSON_IMPORT)
    @Operation(summary = "Bulk import from a legacy system: NDJSON (one person JSON per line) or CSV (columns in docs/operations.md)",
            description = "Each row is validated on its own; accepted rows are stored even when others are rejected. "
                    + "Rows are keyed by source and sourceId (or their content), so sending the same file again creates "
                    + "nobody twice: unchanged rows are reported as unchanged, changed rows update the record they created.")
    PersonImport.Report importPersons(HttpServletRequest request,
                                      @Parameter(description = "The system the records come from, such as LEGACY-RMS")
                                      @RequestParam(defaultValue = "api import") String source) throws IOException {
        ImportFormat format = request.getContentType() != null && request.getContentType().startsWith("text/csv")
                ? ImportFormat.CSV : ImportFormat.NDJSON;
        try (InputStream body = request.getInputStream()) {
            return importer.importFile(body, format, source);
        }
    }

    private static int basedOnVersion(String ifMatch, Integer version) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            String tag = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
            try {
                return Integer.parseInt(tag);
            } catch (NumberFormatException e) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "If-Match must be the version number from the ETag, such as \"3\"");
            }
        }
        if (version != null) {
            return version;
        }
        throw new ResponseStatusException(HttpStatus.PRECONDITION_REQUIRED,
                "Say which version you are correcting (If-Match header or version parameter), so that nobody's changes are overwritten");
    }
}

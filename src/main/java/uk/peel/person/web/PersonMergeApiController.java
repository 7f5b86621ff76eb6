package uk.peel.person.web;

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
import org.springframework.web.bind.annotation.RestController;

import uk.peel.person.PersonId;
import uk.peel.person.PersonMerge;
import uk.peel.person.PersonMerges;
import uk.peel.platform.access.Permission;
import uk.peel.platform.access.RequiresPermission;

/** Merging two records of one person into a golden record, and undoing it. */
@RestController
@RequestMapping("/api/v1/persons")
@Tag(name = "Persons")
class PersonMergeApiController {

    private final PersonMerges merges;

    PersonMergeApiController(PersonMerges merges) {
        this.merges = merges;
    }

    /** The two records and the versions the user compared, and why they are the same person. */
    record MergeRequest(PersonId survivorId, Integer survivorVersion, PersonId mergedId, Integer mergedVersion, String reason) {
    }

    record UndoRequest(String reason) {
    }

    @PostMapping("/merges")
    @RequiresPermission(Permission.PERSON_MERGE)
    @Operation(summary = "Merge one person record into another (audited as a combination)",
            description = "The survivor's next version keeps every name (the merged record's own name as an alias), date "
                    + "of birth, address, identifier and marker of both; the merged record keeps its history and points at "
                    + "the survivor. Both versions must be the ones compared: 409 if either changed since.")
    ResponseEntity<PersonMerge> merge(@RequestBody MergeRequest request) {
        if (request.survivorId() == null || request.mergedId() == null || request.survivorVersion() == null
                || request.mergedVersion() == null) {
            throw new IllegalArgumentException("Give survivorId, survivorVersion, mergedId and mergedVersion");
        }
        PersonMerge merge = merges.merge(request.survivorId(), request.survivorVersion(), request.mergedId(),
                request.mergedVersion(), request.reason());
        return ResponseEntity.created(URI.create("/api/v1/persons/merges/" + merge.id())).body(merge);
    }

    @PostMapping("/merges/{id}/undo")
    @RequiresPermission(Permission.PERSON_MERGE)
    @Operation(summary = "Undo a merge: both records stand on their own again (audited as a combination)",
            description = "Corrections made to the survivor since the merge are kept; only what the merge brought in is taken out.")
    PersonMerge undo(@PathVariable UUID id, @RequestBody UndoRequest request) {
        return merges.undo(id, request.reason());
    }

    @GetMapping("/{id}/merges")
    @RequiresPermission(Permission.PERSON_HISTORY_READ)
    @Operation(summary = "The merges a person took part in, newest first, with what each contributed")
    List<PersonMerge> involving(@PathVariable PersonId id) {
        return merges.involving(id);
    }
}

package uk.peel.search.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.peel.person.Person;
import uk.peel.person.PersonId;
import uk.peel.search.DuplicateDetection;
import uk.peel.platform.access.Permission;
import uk.peel.platform.access.RequiresPermission;

/** Probable duplicate person records, for the people who keep one golden record per person. */
@RestController
@RequestMapping("/api/v1/persons/duplicates")
@Tag(name = "Person search")
class DuplicateApiController {

    private final DuplicateDetection duplicates;

    DuplicateApiController(DuplicateDetection duplicates) {
        this.duplicates = duplicates;
    }

    record Side(String id, String name, List<String> datesOfBirth) {
        static Side of(Person person) {
            return new Side(person.id().toString(), person.details().indexName(),
                    person.details().datesOfBirth().stream().map(Object::toString).toList());
        }
    }

    record PairResource(Side first, Side second, double score, List<String> evidence, String foundAt) {
    }

    record Dismissal(PersonId first, PersonId second, String reason) {
    }

    @GetMapping
    @RequiresPermission(Permission.PERSON_MERGE)
    @Operation(summary = "Open probable duplicate pairs, most likely first, with the match evidence (audited); "
            + "with personId, only the pairs that record is part of")
    List<PairResource> open(@RequestParam(defaultValue = "50") int limit, @RequestParam(required = false) PersonId personId) {
        return (personId == null ? duplicates.open(limit) : duplicates.openInvolving(personId)).stream().map(review -> new PairResource(Side.of(review.first()), Side.of(review.second()),
                review.pair().score(), review.pair().evidence(), review.pair().foundAt().toString())).toList();
    }

    @PostMapping("/scan")
    @RequiresPermission(Permission.PERSON_MERGE)
    @Operation(summary = "Check every record for probable duplicates now (also runs nightly)")
    DuplicateDetection.Scan scan() {
        return duplicates.scan();
    }

    @PostMapping("/dismiss")
    @RequiresPermission(Permission.PERSON_MERGE)
    @Operation(summary = "Record that a probable pair are different people, so it is not offered again")
    void dismiss(@RequestBody Dismissal dismissal) {
        if (dismissal.first() == null || dismissal.second() == null) {
            throw new IllegalArgumentException("Give first and second: the two records' ids");
        }
        duplicates.dismiss(dismissal.first(), dismissal.second(), dismissal.reason());
    }
}

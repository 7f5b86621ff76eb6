package uk.peel.search.web;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.peel.person.Address;
import uk.peel.person.LikelyMatches;
import uk.peel.person.PartialDate;
import uk.peel.person.Person;
import uk.peel.person.PersonDetails;
import uk.peel.person.WarningMarker;
import uk.peel.platform.ForceTime;
import uk.peel.platform.access.Permission;
import uk.peel.platform.access.RequiresPermission;
import uk.peel.search.PersonSearch;
import uk.peel.search.PersonSearchRequest;

@RestController
@Tag(name = "Person search", description = "Find people however their names are spelt")
class PersonSearchApiController {

    private final PersonSearch search;
    private final LikelyMatches likelyMatches;
    private final java.time.Clock clock;

    PersonSearchApiController(PersonSearch search, LikelyMatches likelyMatches, java.time.Clock clock) {
        this.search = search;
        this.likelyMatches = likelyMatches;
        this.clock = clock;
    }

    record Results(List<Result> results) {
    }

    record Result(String id, int version, double score, List<String> explanation, String name, String forenames,
                  String surname, List<PartialDate> datesOfBirth, List<WarningMarker> warningMarkers,
                  String lastKnownAddress) {
    }

    @GetMapping("/api/v1/persons/search")
    @RequiresPermission(Permission.PERSON_READ)
    @Operation(summary = "Search people by names and date of birth in free text, and by the advanced fields",
            description = "q is free text such as 'bob smyth 12/03/1985' or 'SMITH, Robert b.1985'; dates are read as UK "
                    + "day/month/year or ISO. forename, surname and dob state those parts (they win over q's); ageFrom, "
                    + "ageTo (years), gender (MALE, FEMALE, OTHER, UNKNOWN) and postcode (full, sector 'M16 0' or district "
                    + "'M16') filter without changing scores. Best first; each result says why it matched. A field that "
                    + "cannot be searched on gets 400 naming it. Audited as a consultation of every person returned.")
    Results search(@RequestParam(required = false) String q, @RequestParam(required = false) String forename,
                   @RequestParam(required = false) String surname, @RequestParam(required = false) String dob,
                   @RequestParam(required = false) String ageFrom, @RequestParam(required = false) String ageTo,
                   @RequestParam(required = false) String gender, @RequestParam(required = false) String postcode,
                   @RequestParam(defaultValue = "20") int limit) {
        PersonSearchRequest request = new PersonSearchRequest(q, forename, surname, dob, ageFrom, ageTo, gender, postcode);
        return new Results(search.search(request, limit).stream()
                .map(found -> result(found.person(), found.score(), found.explanation())).toList());
    }

    @PostMapping("/api/v1/persons/likely-matches")
    @RequiresPermission(Permission.PERSON_CREATE)
    @Operation(summary = "Before recording a person: who already on record may be the same person",
            description = "Takes the same body as POST /api/v1/persons and answers the people at least as likely "
                    + "as not to be that person, best first, with reasons. Nothing is stored.")
    Results likelyMatches(@RequestBody PersonDetails details) {
        return new Results(likelyMatches.of(details).stream()
                .map(match -> result(match.person(), match.score(), match.explanation())).toList());
    }

    private Result result(Person person, double score, List<String> explanation) {
        LocalDate today = ForceTime.today(clock);
        PersonDetails d = person.details();
        return new Result(person.id().toString(), person.version(), Math.round(score * 1000) / 1000.0, explanation,
                d.indexName(), d.forenames(), d.surname(), d.datesOfBirth(), d.activeWarningMarkers(today),
                d.lastKnownAddress(today).map(Address::oneLine).orElse(null));
    }
}

package uk.peel.search.web;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.peel.person.Address;
import uk.peel.person.PartialDate;
import uk.peel.person.PersonDetails;
import uk.peel.person.WarningMarker;
import uk.peel.platform.ForceTime;
import uk.peel.platform.access.Permission;
import uk.peel.platform.access.RequiresPermission;
import uk.peel.search.PersonSearch;

@RestController
@Tag(name = "Person search", description = "Find people however their names are spelt")
class PersonSearchApiController {

    private final PersonSearch search;
    private final java.time.Clock clock;

    PersonSearchApiController(PersonSearch search, java.time.Clock clock) {
        this.search = search;
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
    @Operation(summary = "Search people by names and date of birth in free text",
            description = "For example 'bob smyth 12/03/1985' or 'SMITH, Robert b.1985'. Dates are read as UK "
                    + "day/month/year or ISO. Each result says why it matched. Audited as a consultation of every "
                    + "person returned.")
    Results search(@RequestParam String q, @RequestParam(defaultValue = "20") int limit) {
        LocalDate today = ForceTime.today(clock);
        return new Results(search.search(q, limit).stream().map(found -> {
            PersonDetails d = found.person().details();
            return new Result(found.person().id().toString(), found.person().version(),
                    Math.round(found.score() * 1000) / 1000.0, found.explanation(), d.indexName(), d.forenames(),
                    d.surname(), d.datesOfBirth(), d.activeWarningMarkers(today),
                    d.lastKnownAddress(today).map(Address::oneLine).orElse(null));
        }).toList());
    }
}

package uk.peel.policeuk.web;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import uk.peel.platform.FieldProblem;
import uk.peel.platform.InvalidInputException;
import uk.peel.platform.access.Permission;
import uk.peel.platform.access.RequiresPermission;
import uk.peel.policeuk.PoliceUkExport;

/**
 * The data.police.uk publication for authorised users: a page that shows a month's row counts and offers both
 * files (under the page's path, for the signed-in browser session), and the same files from the stateless API. Every download is a disclosure, audited before the file is sent.
 */
@Controller
@Tag(name = "Publication", description = "The data.police.uk street-level crime and outcomes files")
class PoliceUkExportController {

    private final PoliceUkExport export;

    PoliceUkExportController(PoliceUkExport export) {
        this.export = export;
    }

    @GetMapping("/crime/police-uk")
    @RequiresPermission(Permission.CRIME_PUBLISH)
    String page(@RequestParam(required = false) String month, Model model) {
        model.addAttribute("month", month);
        if (month != null) {
            try {
                YearMonth chosen = export.month(month);
                model.addAttribute("publication", export.prepare(chosen));
            } catch (InvalidInputException e) {
                model.addAttribute("problems", e.problems().stream().map(FieldProblem::message).toList());
            }
        }
        return "policeuk/export";
    }

    @GetMapping({"/api/v1/police-uk/{month}/street.csv", "/crime/police-uk/{month}/street.csv"})
    @RequiresPermission(Permission.CRIME_PUBLISH)
    @ResponseBody
    @Operation(summary = "The month's data.police.uk street-level crime file (a disclosure, audited)")
    ResponseEntity<byte[]> street(@PathVariable String month) {
        PoliceUkExport.Publication publication = export.download(export.month(month), "street-level");
        return file(publication.streetFileName(), publication.streetCsv());
    }

    @GetMapping({"/api/v1/police-uk/{month}/outcomes.csv", "/crime/police-uk/{month}/outcomes.csv"})
    @RequiresPermission(Permission.CRIME_PUBLISH)
    @ResponseBody
    @Operation(summary = "The month's data.police.uk outcomes file (a disclosure, audited)")
    ResponseEntity<byte[]> outcomes(@PathVariable String month) {
        PoliceUkExport.Publication publication = export.download(export.month(month), "outcomes");
        return file(publication.outcomesFileName(), publication.outcomesCsv());
    }

    @GetMapping("/api/v1/police-uk/headers")
    @RequiresPermission(Permission.CRIME_PUBLISH)
    @ResponseBody
    @Operation(summary = "The two files' header rows, exactly as written")
    List<List<String>> headers() {
        return List.of(PoliceUkExport.STREET_HEADER, PoliceUkExport.OUTCOMES_HEADER);
    }

    /** A bad month in a download's address: 400 naming the month, as the stateless API answers elsewhere. */
    @org.springframework.web.bind.annotation.ExceptionHandler(InvalidInputException.class)
    ResponseEntity<org.springframework.http.ProblemDetail> invalid(InvalidInputException e) {
        org.springframework.http.ProblemDetail problem = org.springframework.http.ProblemDetail.forStatusAndDetail(
                org.springframework.http.HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setProperty("problems", e.problems());
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static ResponseEntity<byte[]> file(String name, String csv) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(csv.getBytes(StandardCharsets.UTF_8));
    }
}

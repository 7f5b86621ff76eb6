package uk.peel.crime.web;

import java.io.StringWriter;
import java.time.YearMonth;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.peel.crime.integrity.AuditResults;
import uk.peel.crime.integrity.DrawRequest;
import uk.peel.crime.integrity.IntegrityAudits;
import uk.peel.crime.integrity.Judgement;
import uk.peel.crime.integrity.Outcome;
import uk.peel.crime.integrity.Sample;
import uk.peel.crime.returns.HomeOfficeReturns;
import uk.peel.crime.returns.MonthlyReturn;
import uk.peel.crime.returns.ReturnCsv;
import uk.peel.incident.IncidentId;
import uk.peel.platform.access.Permission;
import uk.peel.platform.access.RequiresPermission;

/** The Home Office return and the crime data integrity audit, as JSON and CSV for statistics and audit tools. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Crime returns and data integrity", description = "The Home Office monthly return; crime data integrity audit samples, judgements and recording rates")
class CrimeReturnsApiController {

    private final HomeOfficeReturns returns;
    private final IntegrityAudits audits;

    CrimeReturnsApiController(HomeOfficeReturns returns, IntegrityAudits audits) {
        this.returns = returns;
        this.audits = audits;
    }

    @GetMapping("/crime-returns/home-office/{month}")
    @RequiresPermission(Permission.CRIME_RETURNS)
    @Operation(summary = "A month's Home Office return (YYYY-MM): every row and the summary by offence code (an audited disclosure)")
    MonthlyReturn homeOffice(@PathVariable String month) {
        return returns.disclose(returns.month(month, "month"), "read through the API");
    }

    @GetMapping(value = "/crime-returns/home-office/{month}/crimes.csv", produces = "text/csv")
    @RequiresPermission(Permission.CRIME_RETURNS)
    @Operation(summary = "A month's record-level return as CSV (columns in docs/operations.md; an audited disclosure)")
    ResponseEntity<String> homeOfficeCrimes(@PathVariable String month) {
        YearMonth chosen = returns.month(month, "month");
        MonthlyReturn monthly = returns.disclose(chosen, "crimes file through the API");
        StringWriter out = new StringWriter();
        ReturnCsv.writeCrimes(monthly, out);
        return csv(ReturnCsv.crimesFileName(chosen), out.toString());
    }

    @GetMapping(value = "/crime-returns/home-office/{month}/summary.csv", produces = "text/csv")
    @RequiresPermission(Permission.CRIME_RETURNS)
    @Operation(summary = "A month's counts by Home Office offence code as CSV (an audited disclosure)")
    ResponseEntity<String> homeOfficeSummary(@PathVariable String month) {
        YearMonth chosen = returns.month(month, "month");
        MonthlyReturn monthly = returns.disclose(chosen, "summary file through the API");
        StringWriter out = new StringWriter();
        ReturnCsv.writeSummary(monthly, out);
        return csv(ReturnCsv.summaryFileName(chosen), out.toString());
    }

    private static ResponseEntity<String> csv(String name, String body) {
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }

    @PostMapping("/crime-integrity/samples")
    @RequiresPermission(Permission.CRIME_DATA_INTEGRITY)
    @Operation(summary = "Draw a crime data integrity sample (dates are force dates, to inclusive; seed optional)")
    Sample draw(@RequestBody DrawRequest request) {
        return audits.draw(request);
    }

    @GetMapping("/crime-integrity/samples/{id}")
    @RequiresPermission(Permission.CRIME_DATA_INTEGRITY)
    @Operation(summary = "A sample: its period, rules, seed and incidents in the order drawn")
    Sample sample(@PathVariable UUID id) {
        return audits.sample(id);
    }

    /** One judgement; {@code line} null for a new line, else that line's next version. */
    record JudgementRequest(Integer line, Outcome outcome, String offence, String crn, String note) {
    }

    @PostMapping("/crime-integrity/samples/{id}/incidents/{incident}/judgements")
    @RequiresPermission(Permission.CRIME_DATA_INTEGRITY)
    @Operation(summary = "Judge one crime from a sampled incident (kept as a new version; audited)")
    Judgement judge(@PathVariable UUID id, @PathVariable String incident, @RequestBody JudgementRequest request) {
        return audits.judge(id, IncidentId.of(incident), request.line(), request.outcome(), request.offence(), request.crn(),
                request.note());
    }

    @GetMapping("/crime-integrity/samples/{id}/results")
    @RequiresPermission(Permission.CRIME_DATA_INTEGRITY)
    @Operation(summary = "The sample's recording rate with its 95% Wilson interval, overall and by offence group")
    AuditResults results(@PathVariable UUID id) {
        return audits.results(id);
    }
}

package uk.peel.crime.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import uk.peel.crime.returns.HomeOfficeReturns;
import uk.peel.crime.returns.MonthlyReturn;
import uk.peel.crime.returns.ReturnCsv;
import uk.peel.platform.InvalidInputException;
import uk.peel.platform.access.Permission;
import uk.peel.platform.access.RequiresPermission;
import uk.peel.platform.web.NavigationItem;

/**
 * The Home Office returns page: a month's counts by offence code (figures only, so showing them discloses nobody)
 * and the two files to download, each download an audited disclosure.
 */
@Controller
class ReturnsPageController {

    private final HomeOfficeReturns returns;

    ReturnsPageController(HomeOfficeReturns returns) {
        this.returns = returns;
    }

    @Bean
    static NavigationItem crimeReturnsNavigation() {
        return new NavigationItem("Crime returns", "/crime/returns", Permission.CRIME_RETURNS, 24,
                "The Home Office monthly recorded-crime return: counts by offence code, and the record-level file.");
    }

    @GetMapping("/crime/returns")
    @RequiresPermission(Permission.CRIME_RETURNS)
    String page(@RequestParam(required = false) String month, Model model) {
        PageErrors errors = new PageErrors();
        model.addAttribute("month", month == null ? "" : month);
        if (month != null && !month.isBlank()) {
            try {
                YearMonth chosen = returns.month(month, "month");
                model.addAttribute("monthly", returns.produce(chosen));
            } catch (InvalidInputException e) {
                errors.addAll(e.problems());
            }
        }
        model.addAttribute("errors", errors);
        return "crime/returns";
    }

    @GetMapping("/crime/returns/home-office/{month}/crimes.csv")
    @RequiresPermission(Permission.CRIME_RETURNS)
    void crimes(@PathVariable String month, HttpServletResponse response) throws IOException {
        download(month, response, true);
    }

    @GetMapping("/crime/returns/home-office/{month}/summary.csv")
    @RequiresPermission(Permission.CRIME_RETURNS)
    void summary(@PathVariable String month, HttpServletResponse response) throws IOException {
        download(month, response, false);
    }

    private void download(String month, HttpServletResponse response, boolean crimes) throws IOException {
        YearMonth chosen;
        try {
            chosen = returns.month(month, "month");
        } catch (InvalidInputException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, e.problems().getFirst().message());
            return;
        }
        MonthlyReturn monthly = returns.disclose(chosen, "downloaded " + (crimes ? "crimes" : "summary") + " file");
        String name = crimes ? ReturnCsv.crimesFileName(chosen) : ReturnCsv.summaryFileName(chosen);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        if (crimes) {
            ReturnCsv.writeCrimes(monthly, out);
        } else {
            ReturnCsv.writeSummary(monthly, out);
        }
    }

}

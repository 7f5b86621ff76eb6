package uk.peel.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.peel.incident.CallReport;
import uk.peel.incident.Incident;
import uk.peel.incident.IncidentLocation;
import uk.peel.incident.Incidents;
import uk.peel.security.Role;
import uk.peel.security.UserAccounts;
import uk.peel.support.Acting;
import uk.peel.support.PeelIntegrationTest;
import uk.peel.support.TestUsers;

/**
 * The crime data integrity audit and the Home Office return in the browser: an auditor draws a sample of a past day's
 * incidents, reviews one and judges a crime not recorded, and sees the rate fall to 0% with its interval; the
 * registrar sees a month's return and downloads the record-level file.
 */
@PeelIntegrationTest
class CrimeDataIntegrityBrowserIT {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @Autowired
    UserAccounts accounts;
    @Autowired
    Incidents incidents;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anAuditorDrawsASampleJudgesACrimeNotRecordedAndTheRegistrarDownloadsTheReturn() {
        LocalDate day = LocalDate.of(1995, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(0, 1800));
        Incident concern = Acting.as("browser-test-dispatcher", Role.DISPATCHER, () -> {
            Incident opened = incidents.open(new CallReport(null, null, new IncidentLocation("M16 0RA", "9 Audit Street", null, null),
                    "PS_CONCERN_FOR_SAFETY", "3", null, Set.of(), "Caller's ex-partner keeps turning up and shouting threats", null));
            return incidents.close(opened.id(), new Incidents.ClosureRequest("PS_CONCERN_FOR_SAFETY", List.of(), "Advice given"));
        });
        jdbc.sql("update incident set closed_at = :at where id = :id")
                .param("at", Timestamp.from(day.atTime(12, 0).atZone(ZoneId.of("Europe/London")).toInstant()))
                .param("id", concern.id().value()).update();
        String auditor = TestUsers.withRole(accounts, Role.AUDITOR);
        String registrar = TestUsers.withRole(accounts, Role.CRIME_REGISTRAR);

        Page page = chromium.signedIn(auditor, TestUsers.PASSWORD);
        page.navigate("/crime/integrity");
        assertThat(page.locator("#population-rules")).containsText("PS_CONCERN_FOR_SAFETY");
        Chromium.assertNoSeriousAccessibilityProblems(page);
        page.locator("#from").fill(day.toString());
        page.locator("#to").fill(LocalDate.now().toString());
        page.locator("#draw-sample").click();
        assertThat(page.locator(".govuk-error-summary")).containsText("The period must be over");

        page.locator("#to").fill(day.toString());
        page.locator("#seed").fill("99");
        page.locator("#draw-sample").click();
        page.waitForURL("**/crime/integrity/*");
        assertThat(page.locator("#sample-seed")).hasText("99");
        assertThat(page.locator("#rate-overall")).containsText("no crimes judged yet");
        Chromium.assertNoSeriousAccessibilityProblems(page);
        page.locator("#check-reproducible").click();
        assertThat(page.locator("#reproduced")).containsText("the same incidents in the same order");

        page.locator("#sample-incidents a", new Page.LocatorOptions().setHasText(concern.reference())).click();
        assertThat(page.locator("h1")).hasText(concern.reference());
        assertThat(page.locator("#review-decision")).containsText("None");
        assertThat(page.locator("#incident-closure")).containsText("Concern for safety");
        assertThat(page.locator("#incident-log")).containsText("Closed as Concern for safety: Advice given");
        Chromium.assertNoSeriousAccessibilityProblems(page);
        page.locator("#judge").click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Choose how the crime was recorded");
        page.locator("#outcome-NOT_RECORDED").check();
        page.locator("#offence").selectOption("8L");
        page.locator("#note").fill("Repeated threats from an ex-partner: harassment should have been recorded");
        page.locator("#judge").click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Line 1: Not recorded");
        assertThat(page.locator("#judgements")).containsText("8L Harassment");

        page.locator(".govuk-back-link").click();
        assertThat(page.locator("#rate-overall")).containsText("0.0% (0.0% to 79.3%)");
        assertThat(page.locator("#rate-VIOLENCE")).containsText("0.0%");

        Page returns = chromium.signedIn(registrar, TestUsers.PASSWORD);
        String month = YearMonth.now(ZoneId.of("Europe/London")).toString();
        returns.navigate("/crime/returns?month=2026-13");
        assertThat(returns.locator(".govuk-error-summary")).containsText("the month must be 01 to 12");
        returns.navigate("/crime/returns?month=" + month);
        assertThat(returns.locator("h2").first()).containsText("Return for " + month);
        Chromium.assertNoSeriousAccessibilityProblems(returns);
        APIResponse file = returns.request().get(returns.locator("#download-crimes").getAttribute("href"));
        org.assertj.core.api.Assertions.assertThat(file.status()).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(file.text()).startsWith("record_type,crime_reference,");
    }
}

package uk.peel.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import uk.peel.platform.ForceTime;
import uk.peel.security.Role;
import uk.peel.support.PeelIntegrationTest;

/**
 * The missing-person scenario in Chromium: a high-risk missing person, reported through the form, is on the
 * duty inspector's live list with its next review time; when found, a return-home interview is due.
 */
@PeelIntegrationTest
class MissingPersonBrowserIT {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @Test
    void aHighRiskMissingPersonIsOnTheLiveListAndWhenFoundAReturnHomeInterviewIsDue() {
        Page page = chromium.signedIn(Role.DUTY_INSPECTOR);
        page.navigate("/missing-persons/new");
        Chromium.assertNoSeriousAccessibilityProblems(page);
        page.locator("#name").fill("Lily Marsh");
        page.locator("#description").fill("15, long dark hair, green school blazer");
        page.locator("#lastSeenAt").fill(LocalDateTime.now(ForceTime.ZONE).minusHours(2).truncatedTo(ChronoUnit.MINUTES).toString());
        page.locator("#lastSeenWhere").fill("Sale Water Park");
        page.locator("#reportedBy").fill("Her father");
        page.locator("#risk-HIGH").check();
        page.locator("#informationUsed").fill("Messages to a much older man; left her phone at home");
        page.locator("#suppliedBy").fill("Her father");
        page.getByText("Report missing").click();
        page.waitForURL("**/missing-persons/*");
        assertThat(page.locator("#missing-risk")).hasText("High risk");
        assertThat(page.locator("#missing-clock")).containsText("Next review due");
        Chromium.assertNoSeriousAccessibilityProblems(page);
        String reference = page.locator(".govuk-caption-l").textContent().strip();

        page.navigate("/missing-persons");
        Locator row = page.locator("#missing tbody tr", new Page.LocatorOptions().setHasText(reference));
        assertThat(row).containsText("Lily Marsh");
        assertThat(row).containsText("High");
        Chromium.assertNoSeriousAccessibilityProblems(page);

        row.locator("a").click();
        page.locator("#where").fill("A friend's house in Altrincham");
        page.locator("#condition").fill("Safe and well");
        page.getByText("Record as found").click();
        assertThat(page.locator("#missing-status")).hasText("Found");
        assertThat(page.locator("#interview-due")).isVisible();
        page.navigate("/missing-persons");
        assertThat(page.locator("#awaiting-interview")).containsText(reference);
        assertThat(page.locator("#missing tbody tr", new Page.LocatorOptions().setHasText(reference))).hasCount(0);
    }
}

package uk.peel.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import uk.peel.person.Gender;
import uk.peel.person.Identifier;
import uk.peel.person.PartialDate;
import uk.peel.person.PersonDetails;
import uk.peel.person.PersonRecords;
import uk.peel.person.WarningMarker;
import uk.peel.support.PeelIntegrationTest;
import uk.peel.support.TestUsers;

/**
 * One golden record per person, in the browser: the probable duplicate is listed with its evidence, compared side
 * by side and merged with a reason; the kept record shows what the merge brought in, and the merge is undone.
 */
@PeelIntegrationTest
@TestPropertySource(properties = "peel.test.database=person-merge-browser")
class PersonMergeBrowserIT {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @Test
    void aProbableDuplicateIsComparedMergedWithProvenanceAndUndone(@Autowired PersonRecords records) {
        records.record(new PersonDetails("Robert", "Quillfeather", null, List.of(PartialDate.parse("1979-02-11")), Gender.MALE,
                null, null, null, null, List.of(new WarningMarker(WarningMarker.Type.VIOLENT, null, null, null))));
        records.record(new PersonDetails("Bob", "Quillfeather", null, List.of(PartialDate.parse("1979-11-02")), Gender.MALE,
                null, null, null, List.of(new Identifier(Identifier.Type.PNC_ID, "79/555123X")), null));

        Page page = chromium.signedIn(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);

        page.waitForCondition(() -> {
            page.navigate("/persons/duplicates");
            return page.locator(".govuk-summary-card").count() > 0;
        }, new Page.WaitForConditionOptions().setTimeout(10_000));
        Locator pair = page.locator(".govuk-summary-card").first();
        assertThat(pair).containsText("QUILLFEATHER, Robert");
        assertThat(pair).containsText("QUILLFEATHER, Bob");
        // Whichever record was checked second asks the question, so the nickname may be told either way round.
        assertThat(pair).containsText(java.util.regex.Pattern.compile("Bob is a nickname of Robert|Robert has the nickname Bob"));
        assertThat(pair).containsText("day and month swapped");
        Chromium.assertNoSeriousAccessibilityProblems(page);

        pair.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Compare and merge")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Are these the same person?"))).isVisible();
        Chromium.assertNoSeriousAccessibilityProblems(page);
        page.getByLabel("Keep QUILLFEATHER, Robert (version 1)").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Merge the records")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("say why these are the same person");

        page.getByLabel("Keep QUILLFEATHER, Robert (version 1)").check();
        page.getByLabel("Why are they the same person?").fill("PNC 79/555123X confirmed by fingerprints");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Merge the records")).click();

        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Records merged");
        assertThat(page.locator("h1")).hasText("QUILLFEATHER, Robert");
        Locator merges = page.locator("#merges + .govuk-summary-card");
        assertThat(merges).containsText("PNC 79/555123X confirmed by fingerprints");
        assertThat(merges).containsText("name: Bob Quillfeather");
        assertThat(merges).containsText("PNC ID: 79/555123X");
        assertThat(page.locator(".govuk-summary-card").first()).containsText("Bob Quillfeather");
        Chromium.assertNoSeriousAccessibilityProblems(page);

        page.getByLabel("Why undo this merge?").fill("Fingerprint match was withdrawn");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Undo this merge")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Merge undone");
        assertThat(page.locator("#merges + .govuk-summary-card")).containsText("Undone");
        assertThat(page.locator(".govuk-summary-card").first()).not().containsText("Bob Quillfeather");
    }
}

package uk.peel.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import uk.peel.person.Alias;
import uk.peel.person.Gender;
import uk.peel.person.PartialDate;
import uk.peel.person.PersonDetails;
import uk.peel.person.PersonRecords;
import uk.peel.support.PeelIntegrationTest;
import uk.peel.support.TestUsers;

/**
 * The issue's own scenario, on a database of its own (other tests record many Robert Smiths): an officer types
 * what a suspect said into the search box on any page and finds the right person first, with the reasons.
 */
@PeelIntegrationTest
@TestPropertySource(properties = "peel.test.database=person-search-browser")
class PersonSearchBrowserIT {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @Test
    void findsBobSmythAsRobertSmithFirstAndWarnsBeforeADuplicateIsCreated(@Autowired PersonRecords records) {
        String robert = records.record(new PersonDetails("Robert", "Smith", List.of(new Alias("Bobby", "Smithe", Alias.Type.ALIAS)),
                List.of(PartialDate.parse("1985-12-03")), Gender.MALE, null, null, null, null, null)).id().toString();
        records.record(new PersonDetails("Roberta", "Smith", null, List.of(PartialDate.parse("1990-04-21")), Gender.FEMALE,
                null, null, null, null, null));
        records.record(new PersonDetails("Robert", "Smithson", null, List.of(PartialDate.parse("1962-07-14")), Gender.MALE,
                null, null, null, null, null));

        Page page = chromium.signedIn(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);

        Locator searchBox = page.getByLabel("Search people by name and date of birth");
        page.waitForCondition(() -> {
            searchBox.fill("bob smyth 3/12/85");
            searchBox.press("Enter");
            return page.locator(".peel-search-result").count() > 0
                    && page.locator(".peel-search-result").first().getByRole(AriaRole.LINK).getAttribute("href").endsWith(robert);
        }, new Page.WaitForConditionOptions().setTimeout(5_000));

        Locator first = page.locator(".peel-search-result").first();
        assertThat(first.getByRole(AriaRole.LINK)).hasText("SMITH, Robert");
        assertThat(first).containsText("Strong match");
        assertThat(first).containsText("Bob is a nickname of Robert");
        assertThat(first).containsText("surname Smyth sounds like Smith");
        assertThat(first).containsText("date of birth matches");
        assertThat(page).hasURL(Pattern.compile("/search\\?q=bob"));
        Chromium.assertNoSeriousAccessibilityProblems(page);

        // Creating him again, misspelt, is caught before a duplicate is made.
        page.navigate("/persons/new");
        page.getByLabel("Forenames", new Page.GetByLabelOptions().setExact(true)).fill("Bob");
        page.getByLabel("Surname", new Page.GetByLabelOptions().setExact(true)).fill("Smyth");
        page.locator("#datesOfBirth-0").fill("1985-12-03");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create person record")).click();
        Locator banner = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Is this the same person?"));
        assertThat(banner).containsText("SMITH, Robert");
        assertThat(banner).containsText("Bob is a nickname of Robert");
        Chromium.assertNoSeriousAccessibilityProblems(page);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create person record")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Person record created for Bob Smyth");
    }
}

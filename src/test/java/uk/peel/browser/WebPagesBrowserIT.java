package uk.peel.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import uk.peel.support.TestNames;
import uk.peel.person.PersonDetails;
import uk.peel.person.PersonRecords;
import uk.peel.security.Role;
import uk.peel.security.UserAccounts;
import uk.peel.support.PeelIntegrationTest;
import uk.peel.support.TestUsers;

/**
 * Peel's pages as officers, auditors and administrators use them, in a real browser: by keyboard and by the labels a screen reader
 * reads, with the pages checked by axe for serious accessibility faults and the console checked for scripts the
 * Content-Security-Policy blocked. Each test makes its own people, with a surname no other test uses.
 */
@PeelIntegrationTest
class WebPagesBrowserIT {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @LocalServerPort
    int port;

    private BrowserContext context;
    private Page page;
    private final List<String> consoleErrors = new ArrayList<>();

    @BeforeEach
    void openPage() {
        context = chromium.newContext(port);
        page = context.newPage();
        page.onConsoleMessage(message -> {
            // A page answered 403 or 404 on purpose is logged too; only scripts, styles and CSP reports count.
            boolean expectedPageStatus = message.text().startsWith("Failed to load resource")
                    && message.location().startsWith(page.url() + ":");
            if (message.type().equals("error") && !expectedPageStatus) {
                consoleErrors.add(message.text() + " at " + message.location());
            }
        });
    }

    @AfterEach
    void closePage() {
        context.close();
        assertThat(consoleErrors).as("browser console errors (a script blocked by the CSP shows here)").isEmpty();
    }

    @Test
    void signsInCreatesFindsAndViewsAPerson() {
        String surname = TestNames.uniqueSurname("Smith");

        page.navigate("/persons");
        assertThat(page).hasURL(Pattern.compile("/login$"));
        assertAccessible("sign-in page");
        signInAsAdmin();
        assertThat(page).hasURL(Pattern.compile("/persons(\\?continue)?$"));
        assertThat(page.locator("body")).hasClass(Pattern.compile("govuk-frontend-supported"));

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create a person record")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Create a person record"))).isVisible();
        assertAccessible("create form");

        label("Forenames").fill("Robert James");
        label("Surname").press("Enter");
        Locator errorSummary = page.locator(".govuk-error-summary");
        assertThat(errorSummary).containsText("There is a problem");
        assertThat(errorSummary.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Enter the surname")))
                .hasAttribute("href", "#surname");
        assertThat(page).hasTitle(Pattern.compile("^Error: "));
        assertThat(label("Forenames")).hasValue("Robert James");
        assertAccessible("create form showing errors");

        label("Surname").fill(surname);
        label("Date of birth 1").fill("1985-12-03");
        label("Male").check();
        label("Other name 1 Forenames").fill("Bobby");
        label("Other name 1 Surname").fill("Smithe");
        label("Identifier 1 Kind of identifier").selectOption(new SelectOption().setLabel("PNC ID"));
        label("Identifier 1 Number or address").fill("85/123456K");
        label("Warning marker 1 Warning").selectOption(new SelectOption().setLabel("Violent"));
        label("Warning marker 1 Details (optional)").fill("Assaulted an officer during arrest");
        label("Date of birth 1").press("Enter");
        createEvenIfSomeoneSimilarIsOnRecord();

        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Person record created for Robert James " + surname);
        String recordUrl = page.url();
        assertThat(recordUrl).matches(".*/persons/[0-9a-f-]{36}$");
        assertShowsRobert(surname, 1);
        assertAccessible("person page");

        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Menu"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("People")).click();
        label("Surname starts with").pressSequentially(surname.substring(0, surname.length() - 1), new Locator.PressSequentiallyOptions().setDelay(20));
        Locator result = page.locator("#results").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName(surname.toUpperCase() + ", Robert James"));
        assertThat(result).isVisible();
        // Updated in place by htmx, which also puts the filter in the address so that Back and bookmarks work.
        assertThat(page).hasURL(Pattern.compile("/persons\\?surname=" + surname.substring(0, surname.length() - 1) + "$"));
        assertThat(page.locator("#result-count")).hasText("1 person with a surname starting ‘" + surname.substring(0, surname.length() - 1) + "’");
        Locator row = page.locator("#results tbody tr").filter(new Locator.FilterOptions().setHasText(surname.toUpperCase()));
        assertThat(row).containsText("3 December 1985");
        assertThat(row).containsText("Male");
        assertThat(row.locator(".govuk-tag--red")).hasText("Violent");
        assertThat(page.evaluate("() => localStorage.getItem('htmx-history-cache')"))
                .as("htmx must not keep copies of pages with personal data in localStorage").isNull();
        assertAccessible("person list");

        result.click();
        assertThat(page).hasURL(recordUrl);
        assertShowsRobert(surname, 1);
    }

    @Test
    void correctingARecordMakesANewVersionAndTheHistoryShowsBoth() {
        String surname = TestNames.uniqueSurname("Okafor");
        page.navigate("/persons/new");
        signInAsAdmin();
        label("Forenames").fill("Grace");
        label("Surname").fill(surname);
        label("Date of birth 1").fill("1990");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create person record")).click();
        assertThat(page.getByText("Version 1.")).isVisible();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Correct this record")).click();
        assertThat(label("Date of birth 1")).hasValue("1990");
        label("Date of birth 1").fill("1990-05-17");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save correction")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter the reason for the correction");
        assertAccessible("correction form showing errors");
        label("Reason for correction").fill("Full date of birth confirmed from passport");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save correction")).click();

        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Correction saved as version 2");
        assertThat(page.getByText("Version 2.")).isVisible();
        assertThat(page.locator("main")).containsText("17 May 1990");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("History")).click();
        Locator rows = page.locator("table tbody tr");
        assertThat(rows).hasCount(2);
        assertThat(rows.nth(0)).containsText("Version 2");
        assertThat(rows.nth(0)).containsText("Full date of birth confirmed from passport");
        assertThat(rows.nth(1)).containsText("Version 1");
        assertAccessible("history");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Version 1")).click();
        assertThat(page.locator("main")).containsText("1990");
        assertThat(page.locator("main")).not().containsText("17 May 1990");
        assertAccessible("earlier version");
    }

    @Test
    void aCorrectionOfAVersionSomeoneElseAlreadyCorrectedIsRefusedWithALinkToTheCurrentOne() {
        String surname = TestNames.uniqueSurname("Nowak");
        page.navigate("/persons/new");
        signInAsAdmin();
        label("Surname").fill(surname);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create person record")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Correct this record")).click();
        String correctUrl = page.url();

        Page colleague = context.newPage();
        colleague.navigate(correctUrl);
        colleague.getByLabel("Forenames", new Page.GetByLabelOptions().setExact(true)).fill("Jan");
        colleague.getByLabel("Reason for correction").fill("Forename given at the front desk");
        colleague.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save correction")).click();
        assertThat(colleague.getByRole(AriaRole.ALERT)).containsText("Correction saved as version 2");
        colleague.close();

        label("Forenames").fill("Janek");
        label("Reason for correction").fill("Forename from the custody record");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save correction")).click();

        Locator conflict = page.locator(".govuk-error-summary");
        assertThat(conflict).containsText("Someone else changed this record while you were correcting it");
        assertThat(conflict.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("View version 2 (opens in a new tab)")))
                .hasAttribute("href", Pattern.compile("/persons/[0-9a-f-]{36}$"));
        assertThat(label("Forenames")).hasValue("Janek");
        assertAccessible("correction form after a conflict");
    }

    @Test
    void addAnotherGivesOneMoreRowWithTheCursorInItAndKeepsWhatWasTyped() {
        page.navigate("/persons/new");
        signInAsAdmin();
        label("Surname").fill("Kowalska");
        label("Other name 1 Surname").fill("Nowak");
        label("Other name 1 Kind of name").selectOption("MAIDEN");
        assertThat(page.locator("input[id^=aliases-][id$=-forenames]")).hasCount(2);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add another name")).click();

        assertThat(page.locator("input[id^=aliases-][id$=-forenames]")).hasCount(3);
        assertThat(label("Other name 3 Forenames")).isFocused();
        assertThat(label("Surname")).hasValue("Kowalska");
        assertThat(label("Other name 1 Surname")).hasValue("Nowak");
        assertThat(label("Other name 1 Kind of name")).hasValue("MAIDEN");
        assertThat(page.locator(".govuk-error-summary")).hasCount(0);
    }

    @Test
    void listsManyPeopleOnePageAtATime(@Autowired PersonRecords records) {
        String stem = TestNames.uniqueSurname("Page");
        for (int i = 0; i < 27; i++) {
            records.record(new PersonDetails("Ann", stem + (char) ('a' + i / 26) + (char) ('a' + i % 26), null,
                    null, null, null, null, null, null, null));
        }
        page.navigate("/persons?surname=" + stem);
        signInAsAdmin();

        assertThat(page.locator("#result-count")).hasText("27 people with a surname starting ‘" + stem + "’");
        assertThat(page.locator("#results tbody tr")).hasCount(25);
        Locator pagination = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Pages of people"));
        assertThat(pagination.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Page 1")))
                .hasAttribute("aria-current", "page");
        assertAccessible("person list with pages");

        pagination.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Next page")).click();

        assertThat(page).hasURL(Pattern.compile("surname=" + stem + "&page=1$"));
        assertThat(page.locator("#results tbody tr")).hasCount(2);
        assertThat(pagination.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Page 2")))
                .hasAttribute("aria-current", "page");
    }

    @Test
    void aCallHandlerSeesOnlyWhatTheirRoleAllows(@Autowired UserAccounts accounts) {
        String callHandler = TestUsers.withRole(accounts, Role.CALL_HANDLER);
        page.navigate("/persons/new");
        signIn(callHandler, "not-the-password");
        assertThat(page.locator(".govuk-error-summary")).containsText("Your username or password is wrong");
        assertAccessible("sign-in page after a failed attempt");
        signIn(callHandler, TestUsers.PASSWORD);
        assertThat(page.locator("header")).containsText("Call handler");
        assertThat(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Menu"))
                .getByRole(AriaRole.LINK)).hasText(new String[] {"Home", "New incident", "Control room", "People"});
        label("Surname").fill(TestNames.uniqueSurname("Reid"));
        label("Surname").press("Enter");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Person record created");
        String recordUrl = page.url();

        Locator main = page.locator("main");
        assertThat(main.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Correct this record"))).hasCount(0);
        assertThat(main.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("History"))).hasCount(0);
        assertThat(main.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Who has accessed this record"))).hasCount(0);

        page.navigate(recordUrl + "/correct");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("You do not have permission to see this page");
        assertAccessible("permission refused page");
        page.navigate(recordUrl + "/history");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("You do not have permission to see this page");

        page.navigate("/persons/00000000-0000-0000-0000-000000000000");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Page not found");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("You have signed out of Peel");
        page.navigate(recordUrl);
        assertThat(page).hasURL(Pattern.compile("/login$"));
    }

    @Test
    void anAuditorFindsWhoLookedAtAPersonAndWhatAnOfficerLookedAt(@Autowired UserAccounts accounts,
                                                                  @Autowired PersonRecords records) {
        String investigator = TestUsers.withRole(accounts, Role.INVESTIGATOR);
        String auditor = TestUsers.withRole(accounts, Role.AUDITOR);
        String surname = TestNames.uniqueSurname("Audit");
        String id = records.record(new PersonDetails("Ann", surname, null, null, null, null, null, null, null, null)).id().toString();

        page.navigate("/persons/" + id);
        signIn(investigator, TestUsers.PASSWORD);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText(surname.toUpperCase());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();

        signIn(auditor, TestUsers.PASSWORD);
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Menu"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Audit")).click();
        label("Record id").fill(id);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show who accessed it")).click();
        Locator whoLooked = page.locator("main table");
        assertThat(whoLooked).containsText(investigator);
        assertThat(whoLooked).containsText("Consultation");
        assertAccessible("audit page answering who accessed a record");

        label("Username").fill(investigator);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show what they accessed")).click();
        assertThat(page.locator("main table")).containsText(id);
    }

    @Test
    void anAdministratorOpensAnAccountAndTheColleagueSignsInWithIt() {
        String username = TestNames.uniqueSurname("pc").toLowerCase();
        page.navigate("/");
        signInAsAdmin();
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Menu"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Accounts")).click();

        label("Username").fill(username);
        label("Password").fill("short");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open account")).click();
        Locator errorSummary = page.locator(".govuk-error-summary");
        assertThat(errorSummary).containsText("Enter the person's name");
        assertThat(errorSummary).containsText("Password must be at least 12 characters");
        assertThat(errorSummary).containsText("Choose at least one role");
        assertThat(label("Username")).hasValue(username);
        assertAccessible("accounts page showing errors");

        label("Name").fill("PC Sam Taylor");
        label("Password").fill("a passphrase of four words");
        label("Investigator").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open account")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Account " + username + " opened");
        assertThat(page.locator("main table")).containsText("PC Sam Taylor");
        assertAccessible("accounts page");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        signIn(username, "a passphrase of four words");
        assertThat(page.locator("header")).containsText("Investigator");
    }

    @Test
    void theApiDescriptionIsBrowsable() {
        page.navigate("/swagger-ui.html");

        // springdoc builds the description on its first request: seconds on a busy two-core machine, then cached.
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(Pattern.compile("Peel API"))))
                .isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
        assertThat(page.locator("body")).containsText("/api/v1/persons");
    }

    /**
     * Other tests in this shared database record Robert James Smiths born on the same day, so Peel may rightly ask
     * whether this is one of them; the officer has checked, and creates the record.
     */
    private void createEvenIfSomeoneSimilarIsOnRecord() {
        Locator created = page.getByRole(AriaRole.ALERT).filter(new Locator.FilterOptions().setHasText("Person record created"));
        Locator asked = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Is this the same person?"));
        created.or(asked).first().waitFor();
        if (asked.isVisible()) {
            assertAccessible("create form asking whether this is someone already on record");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create person record")).click();
        }
    }

    private void signInAsAdmin() {
        signIn(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
    }

    private void signIn(String username, String password) {
        label("Username").fill(username);
        label("Password").fill(password);
        label("Password").press("Enter");
    }

    private Locator label(String text) {
        return page.getByLabel(text, new Page.GetByLabelOptions().setExact(true));
    }

    private void assertShowsRobert(String surname, int version) {
        Locator main = page.locator("main");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText(surname.toUpperCase() + ", Robert James");
        assertThat(page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Warning markers")))
                .containsText("Violent");
        assertThat(main).containsText("3 December 1985");
        assertThat(main).containsText("Bobby Smithe");
        assertThat(main).containsText("85/123456K");
        assertThat(main).containsText("Assaulted an officer during arrest");
        assertThat(main).containsText("Version " + version + ".");
        assertThat(main).containsText("Last changed by admin");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Who has accessed this record")))
                .hasAttribute("href", Pattern.compile("/audit\\?recordId=[0-9a-f-]{36}$"));
    }

    /** Fails on any axe violation of serious or critical impact, listing each with the elements at fault. */
    private void assertAccessible(String what) {
        List<Rule> serious = new AxeBuilder(page).analyze().getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .toList();
        assertThat(serious).as("accessibility violations on the %s:%n%s", what, serious.stream()
                .map(rule -> "- " + rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " at "
                        + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"))).isEmpty();
    }

}

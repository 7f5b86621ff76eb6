package uk.peel.browser;

import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

import uk.peel.security.Role;
import uk.peel.security.UserAccounts;
import uk.peel.support.TestUsers;

/**
 * Debian's Chromium driven by Playwright for Java, launched the one way that works on these machines: Playwright's
 * own browser download switched off, headless, and without the background networking a closed network refuses.
 * A test class registers it once ({@code @RegisterExtension static final Chromium chromium = new Chromium();}):
 * launched before the class's first test, closed after its last. {@link #signedIn(Role)} gives a test a page signed in
 * to the Peel the test class started, in a browser session of its own, closed after the test.
 */
final class Chromium implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {

    private Playwright playwright;
    Browser browser;
    private ExtensionContext testClass;
    private final List<BrowserContext> sessions = new ArrayList<>();

    @Override
    public void beforeAll(ExtensionContext context) {
        testClass = context;
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get("/usr/lib/chromium/chromium"))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        sessions.forEach(BrowserContext::close);
        sessions.clear();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    /** A fresh browser session (no cookies) against the Peel on this port. */
    BrowserContext newContext(int port) {
        return browser.newContext(new Browser.NewContextOptions().setBaseURL("http://localhost:" + port));
    }

    /** A new browser session signed in as the test account holding just {@code role} (made if missing). */
    Page signedIn(Role role) {
        return signedIn(TestUsers.withRole(spring().getBean(UserAccounts.class), role), TestUsers.PASSWORD);
    }

    /** A new browser session (no cookies shared with any other) signed in as this user; closed after the test. */
    Page signedIn(String username, String password) {
        BrowserContext session = newContext(spring().getEnvironment().getRequiredProperty("local.server.port", Integer.class));
        sessions.add(session);
        Page page = session.newPage();
        signIn(page, username, password);
        return page;
    }

    private ApplicationContext spring() {
        return SpringExtension.getApplicationContext(testClass);
    }

    /** Signs in through the sign-in page, where every browser test starts. */
    static void signIn(Page page, String username, String password) {
        page.navigate("/");
        page.getByLabel("Username", new Page.GetByLabelOptions().setExact(true)).fill(username);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).press("Enter");
    }

    /** axe-core finds nothing serious or critical on the page as it is now (WCAG 2.2 AA is the public-sector bar). */
    static void assertNoSeriousAccessibilityProblems(Page page) {
        org.assertj.core.api.Assertions.assertThat(new com.deque.html.axecore.playwright.AxeBuilder(page).analyze().getViolations())
                .filteredOn(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .isEmpty();
    }
}

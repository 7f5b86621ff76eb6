package uk.peel.browser;

import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * Debian's Chromium driven by Playwright for Java, launched the one way that works on these machines: Playwright's
 * own browser download switched off, headless, and without the background networking a closed network refuses.
 */
final class Chromium implements AutoCloseable {

    final Playwright playwright;
    final Browser browser;

    private Chromium(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    static Chromium launch() {
        Playwright playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get("/usr/lib/chromium/chromium"))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
        return new Chromium(playwright, browser);
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

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}

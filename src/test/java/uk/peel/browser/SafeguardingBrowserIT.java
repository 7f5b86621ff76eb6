package uk.peel.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import uk.peel.security.Role;
import uk.peel.support.PeelIntegrationTest;

/**
 * The safeguarding scenario in Chromium: a call handler records a domestic-abuse call with a vulnerable
 * victim; the notice appears in the domestic abuse unit's queue; the officer completes the DASH by keyboard as high
 * risk; the MARAC referral is created; and the disclosure to MARAC is in the audit log.
 */
@PeelIntegrationTest
class SafeguardingBrowserIT {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @Test
    void aDomesticAbuseCallBecomesANoticeAHighRiskDashAndAnAuditedReferralToMarac() {
        Page call = chromium.signedIn(Role.CALL_HANDLER);
        call.navigate("/incidents/new");
        call.locator("#openingCategory").selectOption("PS_DOMESTIC");
        call.locator("input[name=grade]").first().check();
        call.locator("#location-address").fill("14 Acacia Avenue, upstairs flat");
        call.locator("#caller-name").fill("Maria Browne");
        call.locator("#caller-relationship").fill("victim");
        call.locator("#flag-DOMESTIC_ABUSE").check();
        call.locator("#flag-ADULT_AT_RISK").check();
        call.locator("#account").fill("Partner has hit her and is still in the flat; she is pregnant");
        call.locator("#account").press("Control+Enter");
        call.waitForURL("**/incidents/*");
        String incident = call.locator("h1 span").first().textContent().strip();

        Page team = chromium.signedIn(Role.PUBLIC_PROTECTION);
        Locator row = team.locator("#queue tbody tr", new Page.LocatorOptions().setHasText(incident));
        for (int tries = 0; tries < 50 && row.count() == 0; tries++) {
            team.navigate("/safeguarding/teams/DAU");
            if (row.count() == 0) {
                team.waitForTimeout(200);
            }
        }
        assertThat(row).containsText("Awaiting risk assessment");
        assertThat(row).containsText("Domestic abuse");
        Chromium.assertNoSeriousAccessibilityProblems(team);
        String ppnPath = row.locator("a").first().getAttribute("href");
        team.navigate("/safeguarding");
        assertThat(team.locator("#team-queues")).containsText("Domestic abuse unit");
        Chromium.assertNoSeriousAccessibilityProblems(team);

        Page officer = chromium.signedIn(Role.RESPONSE_OFFICER);
        officer.navigate(ppnPath);
        assertThat(officer.locator("#ppn-people")).containsText("Maria Browne");
        assertThat(officer.locator("#ppn-summary")).containsText("she is pregnant");
        Chromium.assertNoSeriousAccessibilityProblems(officer);

        // By keyboard: Y on the first 15 questions, N on the next 11, D on the last; each answer moves on.
        officer.waitForFunction("() => document.documentElement.dataset.keys === 'ready'");
        officer.locator("#q1-YES").focus();
        for (int q = 1; q <= 27; q++) {
            officer.keyboard().press(q <= 15 ? "y" : q < 27 ? "n" : "d");
        }
        assertThat(officer.locator("#judgement")).isFocused();
        assertThat(officer.locator("#q27-DECLINED")).isChecked();
        officer.locator("#dash-submit").click();

        assertThat(officer.locator("#success")).containsText("high risk; referred to MARAC");
        assertThat(officer.locator("#ppn-risk")).hasText("High risk");
        assertThat(officer.locator("#dash-result")).containsText("15 of 27 risk factors present");
        assertThat(officer.locator("#referrals")).containsText("Multi-agency risk assessment conference (MARAC)");
        String ppnId = officer.url().replaceFirst(".*/ppns/", "");

        // The safeguarding team triages, refers to the IDVA service with what may be shared, and cannot close without an outcome.
        team.navigate(ppnPath);
        Chromium.assertNoSeriousAccessibilityProblems(team);
        team.locator("#decision").fill("High risk: MARAC referral made; IDVA to contact today");
        team.locator("#triage-form button").click();
        assertThat(team.locator("#ppn-triage")).containsText("IDVA to contact today");
        team.locator("#agency").selectOption("IDVA");
        team.locator("#shared-IDENTITIES").check();
        team.locator("#shared-CONTACT_DETAILS").check();
        team.locator("#reason").fill("Victim agrees to IDVA support");
        team.locator("#referral-form button").click();
        assertThat(team.locator("#referrals")).containsText("Independent domestic violence adviser (IDVA) service");
        team.locator("#close-form button").click();
        assertThat(team.locator("#problems")).containsText("A notice cannot be closed without an outcome");
        team.locator("#outcome-REFERRED_TO_PARTNERS").check();
        team.locator("#explanation").fill("Referred to MARAC and the IDVA service; safety plan agreed");
        team.locator("#close-form button").click();
        assertThat(team.locator("#ppn-outcome")).containsText("Referred to partner agencies");
        assertThat(team.locator("#ppn-stage")).hasText("Closed");

        Page auditor = chromium.signedIn(Role.AUDITOR);
        auditor.navigate("/audit?recordId=" + ppnId);
        assertThat(auditor.locator("main")).containsText("Given to: Multi-agency risk assessment conference (MARAC)",
                new LocatorAssertions.ContainsTextOptions().setTimeout(5_000));
        assertThat(auditor.locator("main")).containsText("Disclosure");
        assertThat(auditor.locator("main")).containsText("Given to: Independent domestic violence adviser (IDVA) service");
    }
}

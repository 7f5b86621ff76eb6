package uk.peel.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;
import java.util.Set;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

import uk.peel.incident.CallReport;
import uk.peel.incident.Incident;
import uk.peel.incident.IncidentLocation;
import uk.peel.incident.Incidents;
import uk.peel.person.PersonDetails;
import uk.peel.person.PersonRecords;
import uk.peel.security.Role;
import uk.peel.security.UserAccounts;
import uk.peel.support.Acting;
import uk.peel.support.PeelIntegrationTest;
import uk.peel.support.TestUsers;

/**
 * Crime recording in the browser: an incident closed as crime-related is on the registrar's list of decisions due;
 * an investigator records the crime with a victim and a suspect found with the person finder; asks for it to be
 * cancelled; a designated decision maker approves; the crime's history shows both versions.
 */
@PeelIntegrationTest
class CrimeRecordingBrowserIT {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @Autowired
    UserAccounts accounts;
    @Autowired
    Incidents incidents;
    @Autowired
    PersonRecords persons;

    @Test
    void aCrimeRelatedClosureIsDecidedRecordedWithPeopleFoundBySearchAndCancelledOnlyWithApproval() {
        Acting.run("browser-test-officer", Role.INVESTIGATOR, () -> {
            persons.record(new PersonDetails("Verity", "Quillfeather", null, null, null, null, null, null, null, null));
            persons.record(new PersonDetails("Samson", "Brackenbury", null, null, null, null, null, null, null, null));
        });
        Incident incident = Acting.as("browser-test-dispatcher", Role.DISPATCHER, () -> {
            Incident opened = incidents.open(new CallReport(null, null, new IncidentLocation("M16 0RA", "4 Test Road", null, null),
                    "CRIME_VIOLENCE", "2", null, Set.of(), "Neighbour punched the caller", null));
            return incidents.close(opened.id(), new Incidents.ClosureRequest("CRIME_VIOLENCE", List.of(), "Suspect known to victim"));
        });
        String registrar = TestUsers.withRole(accounts, Role.CRIME_REGISTRAR);
        String investigator = TestUsers.withRole(accounts, Role.INVESTIGATOR);
        String ddm = TestUsers.withRole(accounts, Role.DECISION_MAKER);

        try {
            Page list = chromium.signedIn(registrar, TestUsers.PASSWORD);
            list.navigate("/crime/decisions");
            Locator row = list.locator("#decisions-due tbody tr", new Page.LocatorOptions().setHasText(incident.reference()));
            assertThat(row).containsText("M16 0RA");
            assertThat(row).containsText("h");
            Chromium.assertNoSeriousAccessibilityProblems(list);
            String decisionPath = row.getByRole(AriaRole.LINK).getAttribute("href");

            Page decision = chromium.signedIn(investigator, TestUsers.PASSWORD);
            decision.navigate(decisionPath);
            assertThat(decision.locator("h1")).containsText("Recording decision on " + incident.reference());
            assertThat(decision.locator("#classification")).isFocused();
            decision.locator("#classification").selectOption("8N");
            Chromium.assertNoSeriousAccessibilityProblems(decision);

            decision.locator("#person-finder").fill("verity quillfeather");
            Locator victim = decision.locator("#person-results li", new Page.LocatorOptions().setHasText("QUILLFEATHER, Verity"));
            victim.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add to victims")).click();
            decision.locator("#person-finder").fill("samson brackenbury");
            Locator suspect = decision.locator("#person-results li", new Page.LocatorOptions().setHasText("BRACKENBURY, Samson"));
            suspect.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add to suspects")).click();
            assertThat(decision.locator("#victims")).not().isEmpty();
            assertThat(decision.locator("#suspects")).not().isEmpty();
            decision.getByLabel("Domestic abuse").check();
            decision.locator("#record-crime").click();

            decision.waitForURL("**/crimes/*");
            assertThat(decision.locator("h1")).containsText("CR-");
            assertThat(decision.locator("#crime-classification")).hasText("8N Assault with injury");
            assertThat(decision.locator("main")).containsText("QUILLFEATHER, Verity");
            assertThat(decision.locator("main")).containsText("BRACKENBURY, Samson");
            assertThat(decision.locator("#crime-flags")).containsText("Domestic abuse");
            Chromium.assertNoSeriousAccessibilityProblems(decision);
            String crimePath = new java.net.URI(decision.url()).getPath();

            decision.locator("#cancel-reason").selectOption("C2_ADDITIONAL_VERIFIABLE_INFORMATION");
            decision.locator("#cancel-explanation").fill("CCTV shows the caller was not struck");
            decision.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ask for cancellation")).click();
            assertThat(decision.locator(".govuk-notification-banner")).containsText("a designated decision maker must approve it");
            assertThat(decision.locator("main")).containsText("Waiting for a designated decision maker");
            assertThat(decision.locator("#crime-status")).hasText("Recorded");

            Page approval = chromium.signedIn(ddm, TestUsers.PASSWORD);
            approval.navigate(crimePath);
            Chromium.assertNoSeriousAccessibilityProblems(approval);
            approval.locator("#approve-change").click();
            assertThat(approval.locator("#crime-status")).hasText("Cancelled");
            assertThat(approval.locator("#crime-history tbody tr")).hasCount(2);
            assertThat(approval.locator("#crime-history")).containsText("Cancelled: C2");
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}

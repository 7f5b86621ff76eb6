package uk.peel.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

import uk.peel.platform.ForceTime;
import uk.peel.safeguarding.Ppn;
import uk.peel.safeguarding.PpnLink;
import uk.peel.safeguarding.Ppns;
import uk.peel.security.Role;
import uk.peel.support.PeelIntegrationTest;

/**
 * An officer records a drugs search of a child who seems to be exploited, with a safeguarding concern, on the form;
 * a search without its power is refused with the field named; the safeguarding team finds the notice, linked to the
 * stop.
 */
@PeelIntegrationTest
class StopSearchBrowserIT {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @Autowired
    Ppns ppns;

    @Test
    void aStopWithAChildExploitationConcernIsRecordedOnTheFormAndRaisesALinkedNotice() {
        Page officer = chromium.signedIn(Role.RESPONSE_OFFICER);
        officer.navigate("/stops/new");
        String when = LocalDateTime.ofInstant(Instant.now().minus(Duration.ofMinutes(30)), ForceTime.ZONE).truncatedTo(ChronoUnit.MINUTES).toString();
        officer.locator("#type").selectOption("PERSON_SEARCH");
        officer.locator("#stoppedAt").fill(when);
        officer.locator("#locationDescription").fill("Rochdale Interchange, Smith Street");
        officer.locator("#personName").fill("Jayden");
        officer.locator("#gender").fill("Male");
        officer.locator("#ageRange").selectOption("10-17");
        officer.locator("#objectOfSearch").selectOption("CONTROLLED_DRUGS");
        officer.locator("#grounds").fill("Seen taking small packages from a car to a house known for drug supply");
        officer.locator("#outcome").selectOption("NO_FURTHER_ACTION");
        officer.locator("#concern").selectOption("CHILD_EXPLOITATION");
        officer.locator("#concernDetails").fill("About 14, from Oldham; two phones and a train ticket bought by someone else");
        officer.locator("main form button[type=submit]").click();

        assertThat(officer.locator("#problems")).containsText("legislation: Choose the power the search was made under");
        assertThat(officer.locator("#concernDetails")).hasValue("About 14, from Oldham; two phones and a train ticket bought by someone else");
        Chromium.assertNoSeriousAccessibilityProblems(officer);

        officer.locator("#legislation").selectOption("MISUSE_OF_DRUGS_S23");
        officer.locator("main form button[type=submit]").click();
        officer.waitForURL("**/stops/*");
        assertThat(officer.locator("#concern")).containsText("Child at risk of exploitation");
        String reference = officer.locator("h1").textContent().strip();
        String stopId = officer.url().substring(officer.url().lastIndexOf('/') + 1);
        Chromium.assertNoSeriousAccessibilityProblems(officer);

        officer.navigate("/stops");
        assertThat(officer.locator("#stops")).containsText(reference);

        List<Ppn> raised = List.of();
        for (int tries = 0; tries < 100 && raised.isEmpty(); tries++) {
            raised = ppns.linkedTo(PpnLink.Kind.STOP, java.util.UUID.fromString(stopId));
            officer.waitForTimeout(100);
        }
        Page team = chromium.signedIn(Role.PUBLIC_PROTECTION);
        team.navigate("/ppns/" + raised.getFirst().id());
        assertThat(team.locator("#ppn-links")).containsText("Stop " + reference);
        assertThat(team.locator("main")).containsText("Child concern");
        assertThat(team.locator("main")).containsText("Jayden");
    }
}

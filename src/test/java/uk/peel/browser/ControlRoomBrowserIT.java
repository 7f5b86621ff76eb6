package uk.peel.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

import uk.peel.gazetteer.Gazetteer;
import uk.peel.gazetteer.Location;
import uk.peel.incident.CrimeRecordingReferral;
import uk.peel.incident.CrimeRecordingReferrals;
import uk.peel.incident.IncidentLocation;
import uk.peel.incident.LocationWarning;
import uk.peel.incident.LocationWarnings;
import uk.peel.platform.access.CurrentUser;
import uk.peel.resource.Resources;
import uk.peel.resource.UnitRegistration;
import uk.peel.resource.UnitType;
import uk.peel.security.Role;
import uk.peel.security.UserAccounts;
import uk.peel.support.PeelIntegrationTest;
import uk.peel.support.TestUsers;

/**
 * The scenario end to end in Chromium: a call handler creates a Grade 1 incident by keyboard alone; the
 * dispatcher's board, already open, shows it within a second without reloading; the dispatcher assigns the
 * recommended unit and moves it en route, at scene and clear with single keys; the incident closes as a crime and
 * its recording referral is pending.
 */
@PeelIntegrationTest
class ControlRoomBrowserIT {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @Autowired
    UserAccounts accounts;
    @Autowired
    Resources resources;
    @Autowired
    Gazetteer gazetteer;
    @Autowired
    CrimeRecordingReferrals referrals;
    @Autowired
    LocationWarnings warnings;
    @Autowired
    uk.peel.incident.Incidents incidents;

    /** Presses a key once the page's key handling has loaded, as a dispatcher would once the screen is drawn. */
    private static void pressWhenReady(Page page, String key) {
        page.waitForFunction("() => document.documentElement.dataset.keys === 'ready'");
        page.keyboard().press(key);
    }

    @Test
    void aGradeOneCallTakenByKeyboardIsOnTheBoardWithinASecondDispatchedAttendedAndClosedAsACrime() {
        // A unit parked at the postcode's centre: the nearest possible, so it is the first recommendation whatever
        // units other tests have left on the board.
        Location talbotRoad = gazetteer.lookup("M16 0PX").or(() -> gazetteer.lookup("M15 4AB")).orElseThrow();
        CurrentUser.actingAs("browser-test-supervisor", () -> {
            resources.register(new UnitRegistration("AA01", UnitType.RESPONSE, Set.of("Taser"), List.of("PC 101 Khan"), null, null));
            resources.reportPosition("AA01", talbotRoad.coordinates().latitude(), talbotRoad.coordinates().longitude(), null);
            return warnings.record(new IncidentLocation(talbotRoad.postcode().value(), "3 Talbot Road", null, null),
                    LocationWarning.Type.DANGEROUS_DOG, "Two large dogs loose in the back garden");
        });
        String handler = TestUsers.withRole(accounts, Role.CALL_HANDLER);
        String dispatcher = TestUsers.withRole(accounts, Role.DISPATCHER);
        String reference;

        Page board = chromium.signedIn(dispatcher, TestUsers.PASSWORD);
        board.navigate("/control-room");
        assertThat(board.locator("#board-connection")).containsText("Live");
        Chromium.assertNoSeriousAccessibilityProblems(board);

        Page call = chromium.signedIn(handler, TestUsers.PASSWORD);
        call.navigate("/incidents/new");
        // Keyboard only from here: the page opens on "What is happening".
        assertThat(call.locator("#openingCategory")).isFocused();
        call.keyboard().type("Crime - burg");
        call.keyboard().press("Tab");
        call.keyboard().press("Space"); // the first grade: 1 Emergency
        call.keyboard().press("Tab");
        call.keyboard().type(talbotRoad.postcode().value());
        // While the call goes on, Peel says what it knows about the place.
        assertThat(call.locator("#location-context")).containsText(talbotRoad.postcode().value());
        assertThat(call.locator("#location-warnings")).containsText("Two large dogs loose in the back garden");
        Chromium.assertNoSeriousAccessibilityProblems(call);
        call.keyboard().press("Tab");
        assertThat(call.locator("#location-address")).isFocused();
        call.keyboard().type("1 Talbot Road, front door smashed");
        call.keyboard().press("Enter");
        call.waitForURL("**/incidents/*");
        reference = call.locator("h1 span").first().textContent().strip();
        assertThat(call.locator("h1")).containsText("Grade 1");
        assertThat(call.locator("#incident-log")).containsText("Opened as Crime - burglary");

        // The dispatcher's board, never reloaded, shows it within a second.
        Locator row = board.locator("#incident-queue tbody tr", new Page.LocatorOptions().setHasText(reference));
        assertThat(row).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(1_000));
        assertThat(row).containsText("Awaiting unit");
        assertThat(board.locator("#board-alerts")).not().containsText(reference); // dispatchers are not the duty inspector

        Page incident = board.context().newPage();
        incident.navigate(call.url().replaceFirst("^https?://[^/]+", ""));
        assertThat(incident.locator("#recommendations li").first()).containsText("AA01");
        Chromium.assertNoSeriousAccessibilityProblems(incident);
        pressWhenReady(incident, "1");
        assertThat(incident.locator("#incident-units")).containsText("AA01");
        assertThat(row).containsText("Unit assigned", new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(1_000));
        pressWhenReady(incident, "e");
        assertThat(incident.locator("#incident-units")).containsText("En route");
        pressWhenReady(incident, "s");
        assertThat(incident.locator("#incident-status")).hasText("At scene");
        assertThat(row).containsText("At scene", new LocatorAssertions.ContainsTextOptions().setTimeout(1_000));
        pressWhenReady(incident, "c");
        assertThat(incident.locator("#incident-status")).hasText("Awaiting closure");
        assertThat(incident.locator("#incident-log")).containsText("AA01 at scene");

        incident.locator("#closing-category").selectOption("CRIME_BURGLARY");
        incident.locator("#closing-result").fill("Door forced; nothing taken; scene preserved for CSI");
        incident.locator("#close-incident").click();
        assertThat(incident.locator("#closure")).containsText("Crime recording decision due");
        assertThat(row).isHidden(new LocatorAssertions.IsHiddenOptions().setTimeout(1_000));

        // The crew takes a meal break from the unit's own page, by key, and the board follows.
        Page unit = board.context().newPage();
        unit.navigate("/units/AA01");
        Chromium.assertNoSeriousAccessibilityProblems(unit);
        pressWhenReady(unit, "u");
        assertThat(unit.locator("#unit-status")).hasText("Unavailable");
        assertThat(board.locator("#unit-AA01")).containsText("Unavailable", new LocatorAssertions.ContainsTextOptions().setTimeout(1_000));
        pressWhenReady(unit, "a");
        assertThat(unit.locator("#unit-status")).hasText("Available");

        // The referral was written with the closure; crime recording may already have taken it into a decision.
        assertThat(referrals.find(incidents.findByReference(reference).id())).get()
                .extracting(CrimeRecordingReferral::closingCategory).isEqualTo("CRIME_BURGLARY");
    }
}

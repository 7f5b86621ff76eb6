package uk.peel.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

import uk.peel.crime.Crimes;
import uk.peel.incident.CallReport;
import uk.peel.incident.Incident;
import uk.peel.incident.IncidentLocation;
import uk.peel.incident.Incidents;
import uk.peel.person.PersonDetails;
import uk.peel.person.PersonRecords;
import uk.peel.platform.ForceTime;
import uk.peel.policeuk.PoliceUkExport;
import uk.peel.security.Role;
import uk.peel.security.UserAccounts;
import uk.peel.support.Acting;
import uk.peel.support.PeelIntegrationTest;
import uk.peel.support.TestUsers;

/**
 * The later steps in the browser: after an investigator records the crime with a victim and a suspect found
 * with the person finder, the supervisor allocates it, reviews it and sets its outcome; the registrar's
 * data.police.uk export for the month has the crime with its crime type and last outcome category.
 */
@PeelIntegrationTest
class CrimeInvestigationBrowserIT {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @Autowired
    UserAccounts accounts;
    @Autowired
    Incidents incidents;
    @Autowired
    PersonRecords persons;
    @Autowired
    Crimes crimes;
    @Autowired
    PoliceUkExport export;

    @Test
    void aRecordedCrimeIsReviewedGivenItsOutcomeAndPublishedWithItsTypeAndOutcomeCategory() {
        Acting.run("browser-test-officer", Role.INVESTIGATOR, () -> {
            persons.record(new PersonDetails("Ottoline", "Vexbridge", null, null, null, null, null, null, null, null));
            persons.record(new PersonDetails("Crispin", "Harrowgate", null, null, null, null, null, null, null, null));
        });
        Incident incident = Acting.as("browser-test-dispatcher", Role.DISPATCHER, () -> {
            Incident opened = incidents.open(new CallReport(null, null, new IncidentLocation("M15 4AB", "9 Test Road", null, null),
                    "CRIME_VIOLENCE", "2", null, Set.of(), "Man assaulted outside the shop", null));
            return incidents.close(opened.id(), new Incidents.ClosureRequest("CRIME_VIOLENCE", List.of(), "Suspect named by the victim"));
        });
        String registrar = TestUsers.withRole(accounts, Role.CRIME_REGISTRAR);
        String investigator = TestUsers.withRole(accounts, Role.INVESTIGATOR);
        String sergeant = TestUsers.withRole(accounts, Role.SUPERVISOR);

        try {
            Page list = chromium.signedIn(registrar, TestUsers.PASSWORD);
            list.navigate("/crime/decisions");
            Locator row = list.locator("#decisions-due tbody tr", new Page.LocatorOptions().setHasText(incident.reference()));
            String decisionPath = row.getByRole(AriaRole.LINK).getAttribute("href");

            Page officer = chromium.signedIn(investigator, TestUsers.PASSWORD);
            officer.navigate(decisionPath);
            officer.locator("#classification").selectOption("8N");
            officer.locator("#person-finder").fill("ottoline vexbridge");
            officer.locator("#person-results li", new Page.LocatorOptions().setHasText("VEXBRIDGE, Ottoline"))
                    .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add to victims")).click();
            officer.locator("#person-finder").fill("crispin harrowgate");
            officer.locator("#person-results li", new Page.LocatorOptions().setHasText("HARROWGATE, Crispin"))
                    .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add to suspects")).click();
            assertThat(officer.locator("#victims")).not().isEmpty();
            assertThat(officer.locator("#suspects")).not().isEmpty();
            officer.locator("#record-crime").click();
            officer.waitForURL("**/crimes/*");
            assertThat(officer.locator("#crime-classification")).hasText("8N Assault with injury");
            String crn = officer.locator("h1 span").first().textContent().strip();

            officer.locator("#investigation-link").click();
            officer.waitForURL("**/investigation");
            assertThat(officer.locator("h1")).containsText("Investigation of " + crn);
            assertThat(officer.locator("#investigation-team")).hasText("Volume crime");
            officer.locator("#plan-lines").fill("Seize CCTV from the shop\nTrace and interview the suspect");
            officer.locator("#save-plan").click();
            assertThat(officer.locator("#plan-lines-current li")).hasCount(2);
            assertThat(officer.locator("#set-outcome")).hasCount(0); // an investigator without authority is not offered it
            Chromium.assertNoSeriousAccessibilityProblems(officer);
            String investigationPath = new java.net.URI(officer.url()).getPath();

            Page supervisor = chromium.signedIn(sergeant, TestUsers.PASSWORD);
            supervisor.navigate("/my-work?team=VOLUME_CRIME");
            assertThat(supervisor.locator("#team-queue")).containsText(crn);
            Chromium.assertNoSeriousAccessibilityProblems(supervisor);
            supervisor.locator("#team-queue").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(crn)).click();
            supervisor.waitForURL("**" + investigationPath);

            supervisor.locator("#team").selectOption("VOLUME_CRIME");
            supervisor.locator("#officer").fill("pc-nobody");
            supervisor.locator("#supervisor").fill(sergeant);
            supervisor.locator("#allocate").click();
            assertThat(supervisor.locator(".govuk-error-summary"))
                    .containsText("No one signs in to Peel as 'pc-nobody': enter the officer's username exactly as they sign in");
            assertThat(supervisor.locator("#investigation-officer")).not().hasText("pc-nobody");

            supervisor.locator("#team").selectOption("VOLUME_CRIME");
            supervisor.locator("#officer").fill(investigator);
            supervisor.locator("#supervisor").fill(sergeant);
            supervisor.locator("#allocate").click();
            assertThat(supervisor.locator("#investigation-officer")).hasText(investigator);
            assertThat(supervisor.locator("#investigation-supervisor")).hasText(sergeant);

            supervisor.locator("#review-note").fill("Plan agreed; CCTV is the priority");
            supervisor.locator("#record-review").click();
            assertThat(supervisor.locator(".govuk-notification-banner")).containsText("Review recorded");
            assertThat(supervisor.locator("#reviews tbody tr")).hasCount(1);
            assertThat(supervisor.locator("#reviews")).containsText("CCTV is the priority");

            supervisor.locator("#outcome-type").selectOption("1");
            supervisor.locator("#outcome-note").fill("Charged with assault occasioning ABH on CPS advice");
            supervisor.locator("#set-outcome").click();
            assertThat(supervisor.locator("#outcome")).containsText("1 Charged/summonsed");
            assertThat(supervisor.locator("#investigation-status")).hasText("Finalised");
            assertThat(supervisor.locator("#outcomes tbody tr")).hasCount(1);
            Chromium.assertNoSeriousAccessibilityProblems(supervisor);

            officer.navigate("/my-work");
            assertThat(officer.locator("main")).not().containsText(crn);

            String month = YearMonth.from(LocalDate.now(ForceTime.ZONE)).toString();
            list.navigate("/crime/police-uk");
            list.locator("#month").fill(month);
            list.locator("#prepare-export").click();
            assertThat(list.locator("#street-file")).containsText(month + "-greater-manchester-street.csv");
            Chromium.assertNoSeriousAccessibilityProblems(list);
            String publishedId = export.publishedId(crimes.findByCrn(crn).id());

            APIResponse street = list.context().request().get(list.locator("#street-file").getAttribute("href"));
            assertThat(street.ok()).isTrue();
            List<String> streetLines = street.text().lines().toList();
            assertThat(streetLines.getFirst()).isEqualTo("Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,"
                    + "LSOA code,LSOA name,Crime type,Last outcome category,Context");
            assertThat(streetLines).anySatisfy(l -> assertThat(l).startsWith(publishedId + "," + month + ",Greater Manchester Police,")
                    .endsWith(",Violence and sexual offences,Awaiting court outcome,"));
            assertThat(street.text()).doesNotContain(crn);

            APIResponse outcomes = list.context().request().get(list.locator("#outcomes-file").getAttribute("href"));
            assertThat(outcomes.text().lines().toList()).anySatisfy(l -> assertThat(l).startsWith(publishedId + ",").endsWith(",Suspect charged"));
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
